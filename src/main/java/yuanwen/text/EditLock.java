package yuanwen.text;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer at a time for a file that is read, changed and written back (the glossary, an
 * alignment): held from the read to the rename, so two commands at once can no longer both read
 * the old file and the later rename drop the earlier change. The second command fails at once with
 * one line instead of waiting: it would otherwise go on from a file that is about to change.
 *
 * <p>The lock is the operating system's ({@code fcntl}/{@code LockFileEx}) on a hidden file beside
 * the target, {@code .NAME.lock}; the system releases it when the process ends, killed or not, so a
 * crash never leaves it held. The lock file is left in place: deleting it would let a third process
 * lock a new file while a second still holds the old one.
 */
public final class EditLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private EditLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code target}, or fails at once when another command (in this process or
     * another) holds it.
     *
     * @throws Held when it is held
     * @throws BadInputException when the lock file cannot be made (the folder is
     *     read-only, say: the write would fail for the same reason)
     */
    public static EditLock acquire(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path lockFile = dir.resolve(AtomicFiles.hiddenSibling(absolute.getFileName().toString(), ".lock"));
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw AtomicFiles.cannotWrite(target, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw AtomicFiles.cannotWrite(target, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new Held(target);
        }
        return new EditLock(channel, lock);
    }

    /**
     * The lock is held by another command: the one case a caller may answer otherwise than any bad
     * input (the review page reloads, with the other command's change, instead of failing).
     */
    public static final class Held extends BadInputException {

        private static final long serialVersionUID = 1L;

        Held(Path target) {
            super(target, "is being changed by another Yuanwen command right now; "
                    + "nothing was changed (run this again when that one has finished)");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
