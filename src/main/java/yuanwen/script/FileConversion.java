package yuanwen.script;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import yuanwen.text.AtomicFiles;
import yuanwen.text.BadInputException;
import yuanwen.text.SourceEncoding;
import yuanwen.text.TextDecoder;
import yuanwen.text.WriteFailure;

/**
 * Applies a {@link ScriptConverter} to files, folders and streams. Text is streamed a block of lines
 * at a time, so memory stays flat whatever the file size, and line N of the output is always the
 * conversion of line N of the input (line endings included). Output is UTF-8 and appears only when
 * complete: a failure leaves no partial file or folder behind.
 */
public final class FileConversion {

    /** A line longer than this is cut at a space or punctuation so a file with no breaks still streams. */
    private static final int MAX_PENDING_CHARS = 1 << 20;

    /** What one file became. */
    public record Outcome(Path input, Path output, SourceEncoding encoding, long lines) {
    }

    /** What a folder became: the files converted, and the ones left out because they are not text. */
    public record FolderOutcome(Path input, Path output, List<Outcome> converted, List<Path> skipped) {
    }

    private final ScriptConverter converter;

    public FileConversion(ScriptConverter converter) {
        this.converter = converter;
    }

    /** Converts one file into {@code output}, refusing to overwrite unless {@code force}. */
    public Outcome file(Path input, Path output, boolean force) {
        SourceEncoding encoding = TextDecoder.detect(input);
        checkFileOutput(input, output, force);
        long[] lines = new long[1];
        try {
            // A failure to write is AtomicFiles' to report (naming the output); what is left is reading.
            AtomicFiles.write(output, out -> lines[0] = stream(input, encoding, out));
        } catch (IOException e) {
            throw AtomicFiles.cannotRead(input, e);
        }
        return new Outcome(input, output, encoding, lines[0]);
    }

    /**
     * Converts what {@code in} holds (standard input, a pipe or a FIFO, read once) into {@code output},
     * refusing to overwrite unless {@code force}; no copy of the input is kept anywhere.
     */
    public Outcome file(Path source, InputStream in, Path output, boolean force) {
        checkFileOutput(null, output, force);
        Object[] result = new Object[2];
        try {
            AtomicFiles.write(output, out -> {
                Streamed streamed = streamed(source, in, out);
                result[0] = streamed.encoding();
                result[1] = streamed.lines();
            });
        } catch (IOException e) {
            throw AtomicFiles.cannotRead(source, e);
        }
        return new Outcome(source, output, (SourceEncoding) result[0], (Long) result[1]);
    }

    /**
     * Converts a file, or standard input when {@code source} is {@code -}, onto a stream (standard
     * output); a failure to write it is reported as the output's, not the input's.
     */
    public SourceEncoding toStream(Path source, InputStream in, OutputStream out) {
        try {
            return streamed(source, in, WriteFailure.marking(out)).encoding();
        } catch (WriteFailure.Failed e) {
            throw new BadInputException("standard output: cannot be written: " + AtomicFiles.reason(e.getCause()));
        } catch (IOException e) {
            throw AtomicFiles.cannotRead(source, e);
        }
    }

    private record Streamed(SourceEncoding encoding, long lines) {
    }

    private Streamed streamed(Path source, InputStream in, OutputStream out) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(TextDecoder.SAMPLE_BYTES + 1);
        byte[] sample = buffered.readNBytes(TextDecoder.SAMPLE_BYTES);
        boolean whole = buffered.read() < 0;
        buffered.reset();
        SourceEncoding encoding = TextDecoder.detect(source, sample, whole);
        long lines = pipe(source, encoding, TextDecoder.reader(buffered, encoding), out);
        return new Streamed(encoding, lines);
    }

    /**
     * Converts every text file under {@code input} into the same relative path under {@code output}.
     * Files that are not text (images, archives) are skipped and listed; hidden files and folders
     * (.git) are left out. The whole tree is written beside the target first and moved into place at
     * the end, so a failure midway leaves no half-converted folder.
     */
    public FolderOutcome folder(Path input, Path output, boolean force) {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        checkFolderOutput(input, in, output, out, force);
        Path staging = out.resolveSibling(AtomicFiles.hiddenSibling(out.getFileName().toString(), ".converting"));
        Path previous = out.resolveSibling(AtomicFiles.hiddenSibling(out.getFileName().toString(), ".previous"));
        List<Outcome> converted = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        try {
            recoverInterruptedSwap(out, previous);
            AtomicFiles.deleteTree(staging);
            Files.createDirectories(staging);
            for (Path file : textCandidates(in)) {
                Path relative = in.relativize(file);
                SourceEncoding encoding;
                try {
                    encoding = TextDecoder.detect(file);
                } catch (BadInputException notText) {
                    if (notText.getMessage().endsWith("binary file, not text")) {
                        skipped.add(input.resolve(relative));
                        continue;
                    }
                    throw notText;
                }
                Path target = staging.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                long lines;
                try (OutputStream os = Files.newOutputStream(target)) {
                    lines = stream(file, encoding, os);
                }
                converted.add(new Outcome(input.resolve(relative), output.resolve(relative), encoding, lines));
            }
            // Two renames, never a deletion of the old tree before the new one is in place: a kill
            // between them leaves the old tree whole as .OUT.previous, which the next run puts back.
            if (Files.exists(out)) {
                AtomicFiles.move(out, previous);
            }
            AtomicFiles.move(staging, out);
            AtomicFiles.deleteTree(previous);
        } catch (IOException e) {
            throw AtomicFiles.cannotWrite(output, e);
        } finally {
            try {
                AtomicFiles.deleteTree(staging);
            } catch (IOException ignored) {
                // best effort: the staging folder is hidden and replaced on the next run
            }
        }
        return new FolderOutcome(input, output, converted, skipped);
    }

    /**
     * After a run killed between its two renames the output folder is missing and the previous one
     * waits beside it: put it back. Once the output is there, the previous one is only a leftover.
     */
    private static void recoverInterruptedSwap(Path out, Path previous) throws IOException {
        if (!Files.exists(previous)) {
            return;
        }
        if (Files.exists(out)) {
            AtomicFiles.deleteTree(previous);
        } else {
            AtomicFiles.move(previous, out);
        }
    }

    private long stream(Path file, SourceEncoding encoding, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return pipe(file, encoding, TextDecoder.reader(in, encoding), out);
        }
    }

    /** Streams decoded text through the converter, a block of whole lines at a time. */
    private long pipe(Path source, SourceEncoding encoding, Reader reader, OutputStream os) throws IOException {
        Writer writer = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        char[] buffer = new char[1 << 16];
        StringBuilder pending = new StringBuilder();
        StringBuilder converted = new StringBuilder();
        long lines = 0;
        try {
            int n;
            while ((n = reader.read(buffer)) > 0) {
                pending.append(buffer, 0, n);
                int cut = pending.lastIndexOf("\n") + 1;
                if (cut == 0 && pending.length() > MAX_PENDING_CHARS) {
                    cut = safeCut(pending);
                }
                if (cut > 0) {
                    lines += convertBlock(pending, cut, converted, writer);
                }
            }
            lines += convertBlock(pending, pending.length(), converted, writer);
            if (pending.length() == 0 && converted.length() > 0 && converted.charAt(converted.length() - 1) != '\n') {
                lines++; // a last line without a line break still counts
            }
        } catch (CharacterCodingException e) {
            long line = Files.isRegularFile(source) ? TextDecoder.lineOfFirstUndecodable(source, encoding)
                    : lines + 1 + pending.chars().filter(c -> c == '\n').count(); // stdin: nearest known line
            throw new BadInputException(source, (int) Math.min(line, Integer.MAX_VALUE),
                    "undecodable bytes for " + encoding.label() + " (the file mixes encodings or is damaged)");
        }
        writer.flush();
        return lines;
    }

    private long convertBlock(StringBuilder pending, int cut, StringBuilder converted, Writer writer)
            throws IOException {
        if (cut == 0) {
            return 0;
        }
        String block = pending.substring(0, cut);
        pending.delete(0, cut);
        converted.setLength(0);
        converter.convert(block, converted);
        writer.append(converted);
        return block.chars().filter(c -> c == '\n').count();
    }

    /** Where an endless line can be cut without splitting a phrase: after a space or punctuation. */
    private static int safeCut(StringBuilder pending) {
        for (int i = pending.length() - 1; i > 0; i--) {
            char c = pending.charAt(i - 1);
            if (Character.isWhitespace(c) || c == '。' || c == '，' || c == '.' || c == ',') {
                return i;
            }
        }
        return pending.length() - (Character.isHighSurrogate(pending.charAt(pending.length() - 1)) ? 1 : 0);
    }

    private static void checkFileOutput(Path input, Path output, boolean force) {
        if (Files.isDirectory(output)) {
            throw new BadInputException(output, "is a folder; give the output file's path");
        }
        if (Files.exists(output)) {
            try {
                if (input != null && Files.isSameFile(input, output)) {
                    throw new BadInputException(output, "is the input file; write the conversion to another path");
                }
            } catch (IOException e) {
                throw AtomicFiles.cannotRead(output, e);
            }
            // A FIFO or device (/dev/stdout) is written to, not replaced: nothing there to keep.
            if (!force && Files.isRegularFile(output) && !AtomicFiles.writesDirectly(output)) {
                throw new BadInputException(output, "already exists (add --force to overwrite it)");
            }
        }
    }

    private static void checkFolderOutput(Path input, Path in, Path output, Path out, boolean force) {
        if (!Files.isDirectory(in)) {
            throw new BadInputException(input, Files.exists(in) ? "is not a folder" : "no such folder");
        }
        if (out.startsWith(in)) {
            throw new BadInputException(output, "is inside the input folder " + input
                    + "; choose an output folder outside it");
        }
        if (in.startsWith(out)) {
            throw new BadInputException(output, "contains the input folder " + input
                    + "; choose another output folder");
        }
        if (Files.isRegularFile(out)) {
            throw new BadInputException(output, "is a file; give a folder for a folder's conversion");
        }
        if (Files.isDirectory(out) && !force && !isEmptyFolder(out)) {
            throw new BadInputException(output, "already exists and is not empty (add --force to replace it)");
        }
    }

    private static boolean isEmptyFolder(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> textCandidates(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null); // the same order on every file system, for a stable report
        return files;
    }
}
