package yuanwen.glossary;

import java.util.List;
import java.util.Map;

/**
 * Finds glossary entries in text: the evidence the aligner uses. Chinese is matched in any script
 * (simplified, traditional, Taiwan, Hong Kong forms), English case-insensitively on token
 * boundaries with possessives, plurals and hyphen/space variants.
 */
public interface TermFinder {

    /** A finder that knows no terms, for aligning without a glossary. */
    TermFinder NONE = new TermFinder() {
        @Override
        public List<TermMatch> findChinese(String text) {
            return List.of();
        }

        @Override
        public List<TermMatch> findEnglish(String text) {
            return List.of();
        }
    };

    /** Non-overlapping occurrences, longest match first, sorted by start. */
    List<TermMatch> findChinese(String text);

    /** Non-overlapping occurrences on token boundaries, sorted by start. */
    List<TermMatch> findEnglish(String text);

    /**
     * The phrases whose simplified form the user fixed (a Chinese form with a {@code taiwan},
     * {@code traditional} or {@code hongkong} override: 指標 → 指标 where OpenCC's tw2sp writes 指针):
     * each form in traditional script mapped to the simplified one, for the aligner's normalisation
     * (tw2sp) to write as given. Empty by default.
     */
    default Map<String, String> fixedSimplifiedForms() {
        return Map.of();
    }
}
