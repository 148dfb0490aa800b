package yuanwen.script;

import java.util.List;

/**
 * What {@link ScriptDetector} found in a text, with the counts behind its verdict.
 *
 * @param script            the verdict
 * @param hanCharacters     Chinese characters in the text
 * @param simplifiedOnly    characters that exist only in simplified writing (软, 网)
 * @param traditionalOnly   characters that exist only in traditional writing (軟, 網)
 * @param taiwanForms       Taiwan phrases and character variants found (軟體, 網際網路, 裡), most frequent first
 * @param hongKongForms     Hong Kong phrases and character variants found (着, 綫), most frequent first
 */
public record ScriptReport(Script script, int hanCharacters, int simplifiedOnly, int traditionalOnly,
                           List<FormCount> taiwanForms, List<FormCount> hongKongForms) {

    /** A regional form and how often it occurs. */
    public record FormCount(String form, int count) {
    }

    /** Occurrences of Taiwan forms; some (建立) are common elsewhere too, so compare, don't trust one. */
    public int taiwanCount() {
        return taiwanForms.stream().mapToInt(FormCount::count).sum();
    }

    public int hongKongCount() {
        return hongKongForms.stream().mapToInt(FormCount::count).sum();
    }

    /** More Hong Kong forms than Taiwan ones: the text reads as Hong Kong writing. */
    public boolean leansHongKong() {
        return hongKongCount() > taiwanCount();
    }

    public boolean hasTaiwanForms() {
        return !taiwanForms.isEmpty();
    }

    public boolean hasHongKongForms() {
        return !hongKongForms.isEmpty();
    }
}
