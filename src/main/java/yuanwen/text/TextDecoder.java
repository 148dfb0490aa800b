package yuanwen.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Works out how a text file is encoded and decodes it strictly: UTF-8 with or without BOM, UTF-16
 * (with BOM, or without when the zero bytes show it), GB18030/GBK and Big5. Bytes that fit none of
 * them, and files that are not text at all, are refused with a message naming the file; nothing is
 * ever decoded to replacement characters in silence.
 */
public final class TextDecoder {

    /** How much of a file is looked at to choose its encoding. */
    public static final int SAMPLE_BYTES = 1 << 16;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private TextDecoder() {
    }

    /** Checks that {@code file} is a readable regular file, with a one-line reason when it is not. */
    public static void requireReadableFile(Path file) {
        if (!Files.exists(file)) {
            if (Files.isSymbolicLink(file)) {
                try {
                    file.toRealPath();
                } catch (IOException e) {
                    if (AtomicFiles.isLinkLoop(e)) {
                        throw new BadInputException(file, "is a loop of symbolic links");
                    }
                    // dangling: said below
                }
                throw new BadInputException(file, "is a symbolic link to a missing file");
            }
            if (file.getFileName() != null) {
                AtomicFiles.checkNameLength(file, file.getFileName().toString());
            }
            throw new BadInputException(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, "is a folder, expected a file");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(file, "cannot be read (permission denied)");
        }
    }

    /** Chooses the encoding of a file from its first bytes. */
    public static SourceEncoding detect(Path file) {
        requireReadableFile(file);
        byte[] sample;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
            whole = in.read() < 0;
        } catch (IOException e) {
            throw AtomicFiles.cannotRead(file, e);
        }
        return detect(file, sample, whole);
    }

    /**
     * Chooses the encoding of {@code sample}, the first bytes of {@code source} ({@code whole} when
     * they are all of it, so that a multi-byte character cut at the end is not held against it).
     */
    public static SourceEncoding detect(Path source, byte[] sample, boolean whole) {
        SourceEncoding byBom = byteOrderMark(sample);
        if (byBom != null) {
            return byBom;
        }
        SourceEncoding utf16 = utf16WithoutBom(sample);
        if (utf16 != null) {
            return utf16;
        }
        if (looksBinary(sample)) {
            throw new BadInputException(source, "is a binary file, not text");
        }
        int usable = whole ? sample.length : completeLength(sample);
        if (decodes(StandardCharsets.UTF_8, sample, usable)) {
            return new SourceEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
        }
        String guess = statisticalGuess(sample);
        // GB18030 decodes nearly any bytes, so Japanese text came out as mojibake. Only Shift-JIS and
        // ISO-2022 are refused: their bytes are distinctive, where EUC-JP and EUC-KR share GB2312's
        // byte ranges and the detector's guess could refuse real Chinese.
        if (guess != null && (guess.startsWith("SHIFT_JIS") || guess.startsWith("ISO-2022"))) {
            throw new BadInputException(source, "looks like " + guess + " (Japanese or Korean), not UTF-8, UTF-16, "
                    + "GB18030 or Big5; convert it to UTF-8 first (e.g. iconv -f " + guess + " -t UTF-8)");
        }
        for (Charset candidate : legacyCandidates(guess)) {
            if (decodes(candidate, sample, usable)) {
                return new SourceEncoding(candidate, 0, candidate == BIG5 ? "Big5" : "GB18030");
            }
        }
        throw new BadInputException(source, "undecodable bytes at offset " + firstBadOffset(sample, usable)
                + " (not UTF-8, UTF-16, GB18030 or Big5)");
    }

    /**
     * Decodes a whole file. The bytes are read once, so a pipe, a FIFO or {@code /dev/stdin} reads
     * as a file does (opening them again would find them empty or block).
     */
    public static DecodedText read(Path file) {
        requireReadableFile(file);
        byte[] bytes;
        try {
            if (Files.isRegularFile(file)) {
                bytes = Files.readAllBytes(file);
            } else {
                // A FIFO or /dev/stdin: a stream that never asks for a position (a FIFO has none).
                try (InputStream in = new java.io.FileInputStream(file.toFile())) {
                    bytes = in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw AtomicFiles.cannotRead(file, e);
        } catch (OutOfMemoryError e) {
            throw new BadInputException(file, "is too large to read with this Java heap");
        }
        return decode(file, bytes);
    }

    /** The text of the first {@code maxBytes} of a file, enough to judge what it is written in. */
    public static String sample(Path file, int maxBytes) {
        requireReadableFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return sample(file, in.readNBytes(maxBytes));
        } catch (IOException e) {
            throw AtomicFiles.cannotRead(file, e);
        }
    }

    /** The text of the first bytes of a source; a character cut at the end is dropped. */
    public static String sample(Path source, byte[] head) {
        SourceEncoding encoding = detect(source, head, false);
        return new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset())
                .replace("\uFFFD", "");
    }

    /** Decodes bytes that came from {@code source} (a file, or standard input). */
    public static DecodedText decode(Path source, byte[] bytes) {
        SourceEncoding encoding = detect(source, bytes, true);
        return new DecodedText(source, decode(source, bytes, encoding), encoding);
    }

    /** A strict reader: malformed bytes raise an error instead of becoming U+FFFD. */
    public static Reader reader(InputStream in, SourceEncoding encoding) throws IOException {
        in.skipNBytes(encoding.bomLength());
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static String decode(Path source, byte[] bytes, SourceEncoding encoding) {
        try (Reader reader = reader(new ByteArrayInputStream(bytes), encoding)) {
            StringBuilder text = new StringBuilder(bytes.length);
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, "undecodable bytes as " + encoding.label()
                    + (bytes.length > SAMPLE_BYTES ? " after the first " + SAMPLE_BYTES / 1024 + " KiB"
                    : " (the file mixes encodings or is damaged)"));
        } catch (IOException e) {
            throw AtomicFiles.cannotRead(source, e);
        }
    }

    /**
     * The 1-based line where a file stops being decodable in {@code encoding}, found by decoding it
     * again step by step (a streaming reader decodes ahead, so it cannot say where it failed).
     */
    public static int lineOfFirstUndecodable(Path file, SourceEncoding encoding) {
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                java.nio.charset.CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                for (int i = 0; i < chars.limit(); i++) {
                    if (chars.get(i) == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            return line;
        }
        return line;
    }

    private static SourceEncoding byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new SourceEncoding(StandardCharsets.UTF_8, 3, "UTF-8 with BOM");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new SourceEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE with BOM");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new SourceEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE with BOM");
        }
        return null;
    }

    /**
     * UTF-16 without a BOM shows itself by zero bytes on one side of each pair wherever the text
     * has ASCII (digits, spaces, line breaks), which Chinese text nearly always does.
     */
    private static SourceEncoding utf16WithoutBom(byte[] b) {
        int pairs = b.length / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        // CJK characters such as U+4E00 put a zero in the other byte now and then, so compare sides.
        if (zeroOdd > pairs / 10 && zeroOdd > 4 * zeroEven && decodes(StandardCharsets.UTF_16LE, b, pairs * 2)) {
            return new SourceEncoding(StandardCharsets.UTF_16LE, 0, "UTF-16LE");
        }
        if (zeroEven > pairs / 10 && zeroEven > 4 * zeroOdd && decodes(StandardCharsets.UTF_16BE, b, pairs * 2)) {
            return new SourceEncoding(StandardCharsets.UTF_16BE, 0, "UTF-16BE");
        }
        return null;
    }

    /** Zero bytes or many control characters: an image, an archive, a compiled file. */
    private static boolean looksBinary(byte[] b) {
        int control = 0;
        for (byte value : b) {
            int c = value & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return b.length > 0 && control * 20 > b.length;
    }

    /** GB18030 and Big5 both accept much of the other's bytes; ask the statistical detector first. */
    private static String statisticalGuess(byte[] sample) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        return guess == null ? null : guess.toUpperCase(java.util.Locale.ROOT);
    }

    private static List<Charset> legacyCandidates(String guess) {
        if (guess != null && guess.toUpperCase().startsWith("BIG5")) {
            return List.of(BIG5, GB18030);
        }
        return List.of(GB18030, BIG5);
    }

    private static boolean decodes(Charset charset, byte[] bytes, int length) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The sample without a UTF-8 sequence cut off at its end. */
    private static int completeLength(byte[] b) {
        int end = b.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int c = b[end - back] & 0xFF;
            if (c >= 0xC0) { // a lead byte: is its sequence complete?
                int needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                return needed > back ? end - back : end;
            }
            if (c < 0x80) {
                return end;
            }
        }
        return end;
    }

    private static int firstBadOffset(byte[] b, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(Arrays.copyOf(b, length));
        var out = java.nio.CharBuffer.allocate(length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : length;
    }
}
