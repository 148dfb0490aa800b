package yuanwen.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Chinese words that contain numeral characters without being numbers (一些, 十分, 百度),
 * kept in {@code not-numbers.zh.txt} so the list can grow without touching code.
 */
final class NotNumberWords {

    static final String RESOURCE = "not-numbers.zh.txt";

    private final List<String> words;

    NotNumberWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The list shipped with the program. */
    static NotNumberWords standard() {
        return Holder.STANDARD;
    }

    /** Whether some listed word occurring in {@code text} spans all of [start, end). */
    boolean covers(String text, int start, int end) {
        for (String word : words) {
            int earliest = Math.max(0, end - word.length());
            for (int at = earliest; at <= start; at++) {
                if (text.startsWith(word, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    List<String> words() {
        return words;
    }

    static List<String> read(InputStream in) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    /** Loads the shipped list once, on first use. */
    private static final class Holder {
        static final NotNumberWords STANDARD = load();

        private static NotNumberWords load() {
            try (InputStream in = NotNumberWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return new NotNumberWords(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
