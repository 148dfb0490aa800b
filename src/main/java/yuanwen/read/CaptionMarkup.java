package yuanwen.read;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visible text of a caption line: SRT/WebVTT tags ({@code <i>}, {@code <c>}, {@code <v Name>},
 * inline time tags), ASS override blocks ({@code {\an8}}) dropped and HTML entities decoded. SRT and
 * WebVTT share this so both clean text the same way.
 */
final class CaptionMarkup {

    private static final Map<String, Character> ENTITIES = Map.of(
            "amp", '&', "lt", '<', "gt", '>', "nbsp", '\u00A0', "quot", '"', "apos", '\'',
            "lrm", '\u200E', "rlm", '\u200F');
    private static final Pattern INLINE_TIME = Pattern.compile("<" + Timestamps.TIME + ">");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ \\t>]*)?[ \\t]+([^>]+)>");

    private static final Pattern SOUND_TAG = Pattern.compile(
            "\\[[A-Z][A-Z ]{2,40}\\]|[\\[(](?i:(?:music|music playing|applause|laughter|laughs|laughing|chuckles"
                    + "|inaudible|crosstalk|silence|cheering|cheers|background noise|no audio|sighs|coughs))"
                    + "(?:[ \\t]+" + Timestamps.TIME + ")?[\\])]");

    private CaptionMarkup() {
    }

    /** Appends the visible part of {@code source[from, to)} to {@code out}. */
    static void appendVisible(String source, int from, int to, MappedText.Builder out) {
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            int skip = c == '<' ? tagEnd(source, i, to) : c == '{' ? overrideEnd(source, i, to)
                    : c == '[' || c == '(' ? soundTagEnd(source, i, to) : -1;
            if (skip > 0) {
                i = skip;
                continue;
            }
            if (c == '&') {
                int semicolon = entityEnd(source, i, to);
                Character decoded = semicolon < 0 ? null : decode(source.substring(i + 1, semicolon));
                if (decoded != null) {
                    if (decoded != '\u200E' && decoded != '\u200F') {
                        out.append(decoded, i, semicolon + 1);
                    }
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c, i, i + 1);
            i++;
        }
    }

    /** Whether the line carries YouTube-style inline word timings such as {@code <00:00:01.000>}. */
    static boolean hasInlineTime(CharSequence line) {
        return INLINE_TIME.matcher(line).find();
    }

    /** The speaker of the first {@code <v Name>} span on the line, or null. */
    static String voice(String line) {
        Matcher m = VOICE.matcher(line);
        return m.find() ? m.group(1).trim() : null;
    }

    // A tag starts with a letter, '/', or a digit (inline time) and ends at the next '>' on the line;
    // "a < b" is left alone.
    private static int tagEnd(String s, int i, int to) {
        if (i + 1 >= to) {
            return -1;
        }
        char next = s.charAt(i + 1);
        if (!(Character.isLetter(next) || next == '/' || Character.isDigit(next))) {
            return -1;
        }
        int close = s.indexOf('>', i + 1);
        return close >= 0 && close < to ? close + 1 : -1;
    }

    /**
     * Sound descriptions such as {@code [MUSIC PLAYING]}, {@code [Applause]} or {@code (laughter)}
     * are not speech and have no translation: an all-capitals bracket, or one naming a common sound,
     * also with the time rev.com adds to some ({@code [inaudible 00:01:02]}, {@code [crosstalk 00:45]}).
     * {@code [SPEAKER_00]} (digits, underscore) and ordinary parenthesised speech stay.
     */
    private static int soundTagEnd(String s, int i, int to) {
        Matcher m = SOUND_TAG.matcher(s).region(i, to);
        if (!m.lookingAt()) {
            return -1;
        }
        int end = m.end();
        while (end < to && s.charAt(end) == ' ') {
            end++;
        }
        return end;
    }

    private static int overrideEnd(String s, int i, int to) {
        if (i + 1 >= to || s.charAt(i + 1) != '\\') {
            return -1;
        }
        int close = s.indexOf('}', i + 1);
        return close >= 0 && close < to ? close + 1 : -1;
    }

    private static int entityEnd(String s, int i, int to) {
        for (int j = i + 1; j < to && j <= i + 10; j++) {
            if (s.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    private static Character decode(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isBmpCodePoint(code) ? (char) code : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }
}
