package yuanwen.script;

import java.util.Locale;

/**
 * The friendly targets of {@code convert --to}: the user names where the text should end up, and
 * the OpenCC conversion is picked from what the text is now.
 */
public enum TargetScript {
    SIMPLIFIED, TRADITIONAL, TAIWAN, HONGKONG;

    /** Accepts the English names and the usual language tags (zh-Hans, zh-TW, hk, …). */
    public static TargetScript parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "simplified", "simp", "s", "zh-hans", "zh-cn", "cn", "mainland" -> SIMPLIFIED;
            case "traditional", "trad", "t", "zh-hant" -> TRADITIONAL;
            case "taiwan", "tw", "zh-tw" -> TAIWAN;
            case "hongkong", "hong-kong", "hk", "zh-hk" -> HONGKONG;
            default -> throw new IllegalArgumentException("unknown target script '" + name
                    + "'; use simplified, traditional, taiwan or hongkong");
        };
    }

    /**
     * The OpenCC conversion that takes text described by {@code report} to this target. Taiwan and
     * Hong Kong targets use the phrase conversions (軟件→軟體), since that is what a reader there
     * expects; mainland targets undo Taiwan or Hong Kong phrasing when the text has it.
     */
    public String configFor(ScriptReport report) {
        boolean traditional = report.script() == Script.TRADITIONAL || report.script() == Script.MIXED;
        return switch (this) {
            case SIMPLIFIED -> report.leansHongKong() ? "hk2sp" : report.hasTaiwanForms() ? "tw2sp" : "t2s";
            // s2t leaves traditional characters as they are, so it also mends mixed text.
            case TRADITIONAL -> !traditional ? "s2t" : report.leansHongKong() ? "hk2t"
                    : report.hasTaiwanForms() ? "tw2t" : "s2t";
            case TAIWAN -> traditional ? "t2tw" : "s2twp";
            case HONGKONG -> traditional ? "t2hk" : "s2hkp";
        };
    }
}
