package yuanwen.segment;

import java.util.List;
import yuanwen.text.WordList;

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

    /** Loads the shipped list once, on first use. */
    private static final class Holder {
        static final NotNumberWords STANDARD = load();

        private static NotNumberWords load() {
            return new NotNumberWords(WordList.lines(NotNumberWords.class, RESOURCE));
        }
    }
}
