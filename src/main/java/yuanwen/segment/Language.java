package yuanwen.segment;

import java.util.Locale;

/** The two languages Yuanwen pairs. */
public enum Language {
    ZH, EN;

    /** Chinese when a meaningful share of the letters are Han characters, else English. */
    public static Language of(String text) {
        int han = 0;
        int latin = 0;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        // A Chinese character carries about as much as an English word of five letters.
        return han * 5 >= latin / 4 && han > 0 ? ZH : EN;
    }

    public static Language parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "zh", "chinese", "zh-hans", "zh-hant", "zh-cn", "zh-tw" -> ZH;
            case "en", "english" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + name + "'; use zh or en");
        };
    }
}
