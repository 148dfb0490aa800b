package yuanwen.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the speaker label that opens an interview turn, so that bold text inside a sentence is
 * never mistaken for one. Accepted forms, at line start:
 * <ul>
 *   <li>{@code **主持人Brad：**} or {@code ******杰夫·贝索斯:**} or {@code **Name**：} — bold name and colon,
 *       text may follow on the same line;</li>
 *   <li>{@code **Jeffrey Katzenberg**} alone on its line;</li>
 *   <li>{@code 主持人：} / {@code Jeffrey:} without bold — only for names that look like a speaker (a role
 *       word, a Latin-script name, or a transliterated name with ·), because plain "首先：" is prose.</li>
 * </ul>
 * A name starts with a letter, is short (at most 20 characters, at most 8 Han characters) and has no
 * sentence punctuation.
 */
final class SpeakerLabel {

    /** A label found on a line: the name and where the rest of the line starts. */
    record Found(String name, int restStart) {
    }

    private static final Pattern BOLD_WITH_COLON = Pattern.compile(
            "^\\s*[*_]{2,}\\s*([^*_:：]{1,40}?)\\s*(?:[:：]\\s*[*_]{2,}|[*_]{2,}\\s*[:：])");
    private static final Pattern BOLD_ALONE = Pattern.compile("^\\s*[*_]{2,}\\s*([^*_]{1,40}?)\\s*[*_]{2,}\\s*$");
    private static final Pattern PLAIN = Pattern.compile("^\\s*([^\\s:：*_#>\\-][^:：]{0,30}?)\\s*[:：]");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,3}");
    private static final String ROLE_WORDS = "主持人|主持|记者|記者|嘉宾|嘉賓|采访者|採訪者|提问者|提問者";
    private static final Pattern ROLE = Pattern.compile(
            "^(?:" + ROLE_WORDS + ")|(?:" + ROLE_WORDS + ")$|^(?:Q|A|问|問|答)$");
    private static final String SENTENCE_PUNCTUATION = "，。！？、；,!?;“”「」『』《》（）()\"…—|/";

    private SpeakerLabel() {
    }

    static Optional<Found> find(String line) {
        Matcher bold = BOLD_WITH_COLON.matcher(line);
        if (bold.find() && isName(bold.group(1).strip())) {
            return Optional.of(new Found(bold.group(1).strip(), bold.end()));
        }
        Matcher alone = BOLD_ALONE.matcher(line);
        if (alone.find() && isName(alone.group(1).strip())) {
            return Optional.of(new Found(alone.group(1).strip(), line.length()));
        }
        Matcher plain = PLAIN.matcher(line);
        if (plain.find()) {
            String name = plain.group(1).strip();
            String rest = line.substring(plain.end()).strip();
            boolean restIsLink = rest.regionMatches(true, 0, "http", 0, 4);
            if (isName(name) && looksLikeSpeaker(name) && !restIsLink) {
                return Optional.of(new Found(name, plain.end()));
            }
        }
        return Optional.empty();
    }

    static boolean isName(String name) {
        if (name.isEmpty() || name.length() > 20 || !Character.isLetter(name.codePointAt(0))) {
            return false;
        }
        int han = 0;
        boolean hasLetter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (SENTENCE_PUNCTUATION.indexOf(c) >= 0) {
                return false;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter && han <= 8 && !Boilerplate.standard().isMetadataKey(name);
    }

    private static boolean looksLikeSpeaker(String name) {
        return ROLE.matcher(name).find() || name.contains("·") || LATIN_NAME.matcher(name).matches();
    }
}
