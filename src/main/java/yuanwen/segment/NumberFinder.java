package yuanwen.segment;

import java.util.List;

/**
 * Finds the numbers in a Chinese or an English text, normalised so that mentions of the
 * same quantity in a translation pair {@link NumberMention#agrees agree}. Results are sorted
 * by start and never overlap: at each position the longest reading wins (27.5亿美元 is one
 * mention, not 27.5亿 and 美元).
 */
public final class NumberFinder {

    private final ChineseNumberFinder chinese;

    /** A finder that skips the words listed in {@code yuanwen/segment/not-numbers.zh.txt}. */
    public NumberFinder() {
        this.chinese = new ChineseNumberFinder(NotNumberWords.standard());
    }

    public List<NumberMention> findChinese(String text) {
        return List.copyOf(chinese.find(text));
    }

    public List<NumberMention> findEnglish(String text) {
        return List.copyOf(EnglishNumberFinder.find(text));
    }
}
