package yuanwen.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out web addresses before numbers are searched: the digits in image links and query
 * strings (w=640, mid=2650005368) are never quantities the translation shares.
 */
final class UrlMask {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[\\x21-\\x7e]+");

    private UrlMask() {
    }

    /** The text with every URL replaced by spaces of the same length, so offsets stay valid. */
    static String blank(String text) {
        Matcher url = URL.matcher(text);
        if (!url.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text);
        do {
            for (int i = url.start(); i < url.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        } while (url.find());
        return masked.toString();
    }
}
