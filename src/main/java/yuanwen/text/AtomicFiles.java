package yuanwen.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Writes files so that a reader (or a crash) never sees half of one: the content goes to a
 * temporary file beside the target, is forced to disk, and is then renamed over the target in one
 * step. If anything fails first, the temporary file is removed and the target is as it was.
 *
 * <p>What is not a plain file is not replaced: a symbolic link is followed and its target written
 * (atomically, beside the target), and a FIFO or a device ({@code /dev/stdout}, {@code /dev/null})
 * is written to directly, as {@code cat > FILE} would. A temporary file carries the writer's process
 * id in its name ({@code .NAME.PID.RANDOM.tmp}, owner-only permissions), so one left by a killed
 * run is recognised and removed by the next write beside it.
 */
public final class AtomicFiles {

    /** Longest file name, in bytes, on the file systems Yuanwen runs on (ext4, XFS, tmpfs, APFS, NTFS). */
    public static final int MAX_NAME_BYTES = 255;

    /** Writes the content of a file to a stream; may throw whatever the producer throws. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces (or creates) {@code target} with what {@code content} writes, all or nothing.
     *
     * @throws BadInputException when the target cannot be written (a folder, permissions, a
     *     read-only or full disk, a name too long), naming it and the reason
     * @throws IOException       what {@code content} throws
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = writableTarget(target);
        if (file == null) {
            writeDirectly(target, content);
            return;
        }
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        removeStaleTemporaries(dir, file.getFileName().toString());
        Path temp;
        try {
            temp = Files.createTempFile(dir, temporaryPrefix(file.getFileName().toString()), ".tmp");
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = WriteFailure.marking(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                forceToDisk(channel);
            } catch (WriteFailure.Failed e) {
                throw cannotWrite(target, e.getCause());
            }
            try {
                setPermissions(temp, file);
                move(temp, file);
                forceFolder(dir);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Whether a write to {@code target} goes straight to what it leads to (a FIFO, a device,
     * {@code /dev/stdout} even when the shell sent standard output to a file): nothing there is
     * replaced, so "already exists" is no reason to refuse it.
     */
    public static boolean writesDirectly(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.startsWith("/dev") || absolute.startsWith("/proc")
                || Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute);
    }

    /**
     * Where an atomic write of {@code target} goes: the path itself, the file a symbolic link points
     * to, or null for a FIFO or device, which is written directly.
     */
    private static Path writableTarget(Path target) {
        Path absolute = target.toAbsolutePath();
        checkNameLength(target, absolute.getFileName() == null ? "" : absolute.getFileName().toString());
        if (absolute.startsWith("/dev") || absolute.startsWith("/proc")) {
            // /dev/stdout, /dev/fd/N, /proc/self/fd/N: what they lead to (a pipe, the terminal, the
            // file the shell opened) is written through them, never replaced.
            return null;
        }
        if (Files.isSymbolicLink(absolute)) {
            absolute = linkTarget(target, absolute);
        }
        if (Files.isDirectory(absolute)) {
            throw new BadInputException(target, "is a folder; give a file's path");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            return null; // FIFO, character or block device, socket
        }
        return absolute;
    }

    /** The final target of a chain of symbolic links, existing or not (a dangling link creates it). */
    private static Path linkTarget(Path target, Path link) {
        try {
            return link.toRealPath();
        } catch (IOException missing) {
            if (isLinkLoop(missing)) {
                throw new BadInputException(target, "is a loop of symbolic links");
            }
            Path at = link;
            for (int hops = 0; Files.isSymbolicLink(at); hops++) {
                if (hops > 40) {
                    throw new BadInputException(target, "is a loop of symbolic links");
                }
                try {
                    at = at.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(at)).normalize();
                } catch (IOException e) {
                    throw cannotWrite(target, e);
                }
            }
            return at;
        }
    }

    private static void writeDirectly(Path target, Content content) throws IOException {
        try (OutputStream out = WriteFailure.marking(isStandardOutput(target) ? standardOutput()
                : Files.newOutputStream(target, StandardOpenOption.WRITE))) {
            content.writeTo(out);
            out.flush();
        } catch (WriteFailure.Failed e) {
            throw cannotWrite(target, e.getCause());
        } catch (FileSystemException e) {
            throw cannotWrite(target, e);
        }
    }

    /**
     * Whether {@code target} is this process's standard output in some form: {@code /dev/stdout},
     * {@code /dev/fd/1}, {@code /proc/self/fd/1}, or the very file, pipe or terminal the shell
     * connected to it ({@code --out x.txt > x.txt}). A command writing its output there prints its
     * own summary on standard error, so the two never mix (as {@code tee} and {@code curl -o} do).
     */
    public static boolean isStandardOutput(Path target) {
        try {
            Object standardOutput = Files.readAttributes(STANDARD_OUTPUT, BasicFileAttributes.class).fileKey();
            return standardOutput != null
                    && standardOutput.equals(Files.readAttributes(target, BasicFileAttributes.class).fileKey());
        } catch (IOException | UnsupportedOperationException | SecurityException notThere) {
            return false; // no /dev/stdout (Windows), or a target that does not exist yet
        }
    }

    private static final Path STANDARD_OUTPUT = Path.of("/dev/stdout");

    /**
     * The process's own standard output (file descriptor 1), left open when the write is done.
     * Opening {@code /dev/stdout} again gives a new file position at 0 without the shell's
     * {@code >>}: with {@code >> log}, the converted text overwrote the start of the log instead of
     * following it (tried: "earlier\n" then a convert to /dev/stdout left only the conversion).
     */
    private static OutputStream standardOutput() {
        return new java.io.FilterOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // never close descriptor 1: the command's exit status and errors still follow
            }
        };
    }

    /** A name the file system cannot hold is refused before any work, in bytes as the system counts. */
    public static void checkNameLength(Path shown, String name) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new BadInputException(shown, "the file name is " + bytes + " bytes in UTF-8; file systems hold at most "
                    + MAX_NAME_BYTES + " (choose a shorter name)");
        }
    }

    /**
     * The hidden sibling name {@code .NAME SUFFIX}, with NAME shortened (and a hash of the whole
     * name added) when the result would exceed {@link #MAX_NAME_BYTES}.
     */
    public static String hiddenSibling(String name, String suffix) {
        String full = "." + name + suffix;
        if (full.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return full;
        }
        String hash = String.format(Locale.ROOT, "~%08x", name.hashCode());
        int room = MAX_NAME_BYTES - 1 - hash.length() - suffix.getBytes(StandardCharsets.UTF_8).length;
        return "." + cutToBytes(name, room) + hash + suffix;
    }

    private static String cutToBytes(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    /**
     * {@code .NAME.} for the temporary files of {@code name}, NAME shortened so that the process id,
     * the random number {@code Files.createTempFile} adds and {@code .tmp} still fit (45 bytes).
     */
    private static String temporaryBase(String name) {
        String full = "." + name + ".";
        int room = MAX_NAME_BYTES - 45;
        if (full.getBytes(StandardCharsets.UTF_8).length <= room) {
            return full;
        }
        String hash = String.format(Locale.ROOT, "~%08x", name.hashCode());
        return "." + cutToBytes(name, room - 2 - hash.length()) + hash + ".";
    }

    /** {@code .NAME.PID.}: createTempFile adds a random number and {@code .tmp}. */
    private static String temporaryPrefix(String name) {
        return temporaryBase(name) + ProcessHandle.current().pid() + ".";
    }

    /**
     * Deletes temporary files of {@code name} left by writers that no longer run (killed, or the
     * machine stopped): their process id names no live process.
     */
    private static void removeStaleTemporaries(Path dir, String name) {
        String start = temporaryBase(name);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String entryName = entry.getFileName().toString();
                if (!entryName.startsWith(start) || !entryName.endsWith(".tmp")) {
                    continue;
                }
                String rest = entryName.substring(start.length());
                int dot = rest.indexOf('.');
                if (dot <= 0) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(rest.substring(0, dot));
                } catch (NumberFormatException notOurs) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                Files.deleteIfExists(entry);
            }
        } catch (IOException | SecurityException e) {
            // Best effort: a folder we cannot list fails the write itself with its own reason.
        }
    }

    /**
     * A temporary file is private to its owner; the file it becomes keeps the permissions of the
     * one it replaces, or gets the usual rw-r--r-- when new.
     */
    private static void setPermissions(Path temp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows file systems: the temporary file's default access is already the usual one.
        }
    }

    /** fsync; a failure here (a full disk found late) is the target's, like a failed write. */
    private static void forceToDisk(FileChannel channel) throws WriteFailure.Failed {
        try {
            channel.force(true);
        } catch (IOException e) {
            throw new WriteFailure.Failed(e);
        }
    }

    /** The rename is durable only once the folder's entry is on disk too. */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every system opens folders (Windows); the rename itself has happened.
        }
    }

    /** Keeps the current {@code target}, if any, as {@code target.bak} and then writes the new one. */
    public static void writeKeepingBackup(Path target, Content content) throws IOException {
        Path file = writableTarget(target);
        if (file != null && Files.exists(file)) {
            checkNameLength(target, file.getFileName() + ".bak");
            Path backup = file.resolveSibling(file.getFileName() + ".bak");
            write(backup, out -> Files.copy(file, out));
        }
        write(target, content);
    }

    /**
     * Renames {@code source} to {@code target} in one step where the file system allows it (same
     * folder, so the same file system, is the caller's job).
     */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a folder and everything in it (used to clean up unfinished output). */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** ELOOP: the system's "Too many levels of symbolic links" (Java has no exception type for it here). */
    public static boolean isLinkLoop(IOException e) {
        return e instanceof FileSystemLoopException
                || (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().contains("levels of symbolic links"));
    }

    /** One line for a file that cannot be written: the path and the system's reason in words. */
    public static BadInputException cannotWrite(Path target, IOException e) {
        return new BadInputException(target, "cannot be written: " + reason(e));
    }

    /** One line for a file that cannot be read. */
    public static BadInputException cannotRead(Path source, IOException e) {
        return new BadInputException(source, "cannot be read: " + reason(e));
    }

    /**
     * The reason of an I/O failure in words: Java's file exceptions carry only the path for the
     * commonest causes ({@code AccessDeniedException: /x}), which says nothing on its own.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (isLinkLoop(e)) {
            return "a loop of symbolic links";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

}
