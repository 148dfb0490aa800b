package yuanwen.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The video an article is a translation of, as the article names it, and links into that video at
 * a given second. The seed exports name it in two ways: a YouTube address in the text
 * ({@code 原始内容参考：https://www.youtube.com/watch?v=ID}, WeChat) or a Hugo shortcode
 * ({@code {{< youtube ID >}}}).
 */
public final class VideoReference {

    /** YouTube's video ids: 11 characters of base64url. */
    private static final String ID = "([A-Za-z0-9_-]{11})";
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<\\s*youtube\\s+(?:id=\"?)?" + ID + "\"?\\s*>}}");
    private static final Pattern YOUTUBE_URL = Pattern.compile(
            "https?://(?:(?:www\\.|m\\.)?youtube\\.com/(?:watch\\?(?:[^\\s#]*&)?v=|embed/|live/|shorts/)|youtu\\.be/)" + ID
                    + "(?![A-Za-z0-9_-])");

    private VideoReference() {
    }

    /** The first YouTube video the article's text names, as {@code https://www.youtube.com/watch?v=ID}. */
    public static Optional<String> in(String articleText) {
        Matcher url = YOUTUBE_URL.matcher(articleText);
        Matcher shortcode = SHORTCODE.matcher(articleText);
        int urlAt = url.find() ? url.start() : Integer.MAX_VALUE;
        int shortcodeAt = shortcode.find() ? shortcode.start() : Integer.MAX_VALUE;
        if (urlAt == Integer.MAX_VALUE && shortcodeAt == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(watch(urlAt < shortcodeAt ? url.group(1) : shortcode.group(1)));
    }

    /**
     * A video address given by the user ({@code align --video}): an http or https address, kept as
     * given except that a YouTube address becomes its plain watch address.
     */
    public static String checked(String address) {
        String trimmed = address.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("--video takes an http or https address, not '" + address + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--video takes an http or https address, not '" + address + "'");
        }
        return youtubeId(trimmed).map(VideoReference::watch).orElse(trimmed);
    }

    /** The YouTube video id of an address, if it is one. */
    public static Optional<String> youtubeId(String address) {
        Matcher url = YOUTUBE_URL.matcher(address);
        return url.lookingAt() ? Optional.of(url.group(1)) : Optional.empty();
    }

    /**
     * The video at this second: YouTube's {@code watch?v=ID&t=SECONDS}, else the address with a
     * media fragment ({@code #t=SECONDS}, which browsers' video players follow). Seconds are cut to
     * the whole second the sentence starts in, so the link never starts after the sentence does.
     */
    public static String at(String address, double seconds) {
        long second = (long) Math.floor(Math.max(0, seconds));
        Optional<String> id = youtubeId(address);
        if (id.isPresent()) {
            return watch(id.get()) + "&t=" + second;
        }
        int fragment = address.indexOf('#');
        return (fragment < 0 ? address : address.substring(0, fragment)) + "#t=" + second;
    }

    private static String watch(String id) {
        return "https://www.youtube.com/watch?v=" + id;
    }
}
