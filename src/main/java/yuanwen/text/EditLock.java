package yuanwen.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One writer at a time for a file that is read, changed and written back (the glossary, an
 * alignment): held from the read to the rename, so two commands at once can no longer both read
 * the old file and the later rename drop the earlier change. The second command fails at once with
 * one line instead of waiting: it would otherwise go on from a file that is about to change.
 *
 * <p>The lock is the operating system's ({@code fcntl}/{@code LockFileEx}) on a hidden file beside
 * the target, {@code .NAME.lock}; the system releases it when the process ends, killed or not, so a
 * crash never leaves it held. The lock file of a file that exists is left in place. A command that
 * wrote nothing where there was nothing (a refused first {@code align}) leaves no trace: its lock
 * file, and the folders it made for it ({@code aligned/}), are removed before the lock is released.
 * A command that opened that lock file just before it was removed could then lock a file no longer
 * at the path, while a third locks the new one; so the remover writes {@code removed} into the file
 * through its own handle, and whoever locks a file reads it through its handle and tries again
 * when it says so. (Reading it back through the path instead would open a second handle, and
 * closing that drops the process's POSIX lock on the file: tried, and concurrent {@code glossary
 * add} lost an entry again.)
 */
public final class EditLock implements AutoCloseable {

    /** Tries when the lock file was removed or replaced between opening and locking it. */
    private static final int ATTEMPTS = 20;
    /** What a lock file says once it has been removed from its folder (an empty one is live). */
    private static final byte[] REMOVED = "removed\n".getBytes(StandardCharsets.US_ASCII);

    private final Path target;
    private final Path lockFile;
    private final List<Path> madeFolders;
    private final FileChannel channel;
    private final FileLock lock;

    private EditLock(Path target, Path lockFile, List<Path> madeFolders, FileChannel channel, FileLock lock) {
        this.target = target;
        this.lockFile = lockFile;
        this.madeFolders = madeFolders;
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
        return acquire(target, () -> { });
    }

    /** The same, with what another command does between this one's opening and locking the file (tests). */
    static EditLock acquire(Path target, Runnable betweenOpeningAndLocking) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path lockFile = dir.resolve(AtomicFiles.hiddenSibling(absolute.getFileName().toString(), ".lock"));
        for (int attempt = 1; ; attempt++) {
            List<Path> made = missingFolders(dir);
            FileChannel channel;
            try {
                Files.createDirectories(dir);
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (NoSuchFileException folderJustRemoved) {
                if (attempt < ATTEMPTS) {
                    continue; // another command's close removed the folder it had made
                }
                throw AtomicFiles.cannotWrite(target, folderJustRemoved);
            } catch (IOException e) {
                throw AtomicFiles.cannotWrite(target, e);
            }
            betweenOpeningAndLocking.run();
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
                throw beingChanged(target);
            }
            if (!wasRemoved(channel)) {
                return new EditLock(absolute, lockFile, made, channel, lock);
            }
            closeQuietly(channel); // releases the lock of a file no longer at the path
            if (attempt >= ATTEMPTS) {
                throw beingChanged(target);
            }
        }
    }

    private static BadInputException beingChanged(Path target) {
        return new Held(target);
    }

    /** The folders from {@code dir} up that do not exist yet, deepest first. */
    private static List<Path> missingFolders(Path dir) {
        List<Path> missing = new ArrayList<>();
        for (Path at = dir; at != null && !Files.exists(at); at = at.getParent()) {
            missing.add(at);
        }
        return missing;
    }

    /** Whether the locked file says it was removed from its folder, read through the same handle. */
    private static boolean wasRemoved(FileChannel channel) {
        ByteBuffer head = ByteBuffer.allocate(REMOVED.length);
        try {
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // read on: a short read is not the end of the file
            }
        } catch (IOException unreadable) {
            return false; // the lock is held; an unreadable lock file changes nothing
        }
        return !head.hasRemaining() && java.util.Arrays.equals(head.array(), REMOVED);
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
        if (!Files.exists(target)) {
            // Nothing was written where nothing was: remove the lock file while still holding it,
            // then mark it removed (a command that opened it just before locks it once this one lets
            // go, reads the mark and tries again), then the folders made for it, if nothing else has
            // been put there. Removed before marked: a kill in between leaves no mark at the path.
            try {
                Files.delete(lockFile);
                channel.write(ByteBuffer.wrap(REMOVED), 0);
                for (Path folder : madeFolders) {
                    Files.delete(folder);
                }
            } catch (DirectoryNotEmptyException someoneElsesFile) {
                // another command is writing there now: its files stay, and the folder with them
            } catch (IOException ignored) {
                // best effort: an empty lock file left behind is what every other command leaves
            }
        }
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
            // nothing that matters was written through it
        }
    }
}
