package yuanwen.script;

/**
 * The one form in which Chinese is compared: OpenCC's tw2sp (traditional characters and Taiwan
 * phrasing to mainland simplified). The aligner, quote mode, the segmenter's boilerplate cues,
 * glossary search and {@code pairs search} all match through it, so that a Taiwan-style article finds
 * exactly what its simplified form finds: 軟體 and 網際網路 become 软件 and 互联网, the words CC-CEDICT
 * and the glossary know, where t2s would give 软体 and 网际网路. On simplified text it changes nothing.
 * Stored text keeps its original script; only comparisons use the key.
 */
public final class ChineseKey {

    private static final ScriptConverter TW2SP = Conversions.standard().get("tw2sp");

    private ChineseKey() {
    }

    /**
     * The conversion behind the key, for callers that add the user's fixed phrases to it
     * ({@link ScriptConverter#withFixedTerms}): the aligner normalises with the glossary's overrides.
     */
    public static ScriptConverter converter() {
        return TW2SP;
    }

    /** {@code text} in the comparison form; line for line, non-Chinese text untouched. */
    public static String of(String text) {
        return TW2SP.convert(text);
    }
}
