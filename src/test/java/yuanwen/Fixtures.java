package yuanwen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The invented texts in src/test/resources/yuanwen/fixtures (see the README there): an interview
 * article in Chinese, its English original as a Whisper transcript and as SubRip captions, which
 * Chinese sentence translates which English, and a Taiwan-style article. They ship with the code,
 * so tests on them run on a clean clone, where {@link SharedData} is missing.
 */
public final class Fixtures {

    /** One Chinese sentence of the article and the English sentence(s) it translates, as written. */
    public record Translation(String zh, String en) {
    }

    private Fixtures() {
    }

    /** The Chinese interview article (simplified, front matter, speaker labels, summary and bio). */
    public static Path interviewArticle() {
        return path("interview.zh.md");
    }

    /** The English original of the interview, a Whisper transcript with a cold open. */
    public static Path interviewTranscript() {
        return path("interview.en.txt");
    }

    /** The same English as SubRip captions with the same times. */
    public static Path interviewCaptions() {
        return path("interview.en.srt");
    }

    /** A short Taiwan-style traditional article (Taiwan phrasing, no simplified-only character). */
    public static Path taiwanArticle() {
        return path("robots.zh-TW.md");
    }

    /** The 23 translations of interview.pairs.tsv, in the article's order. */
    public static List<Translation> interviewTranslations() {
        List<Translation> pairs = new ArrayList<>();
        for (String line : text(path("interview.pairs.tsv")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("\t");
            if (sides.length != 2) {
                throw new IllegalStateException("interview.pairs.tsv: not zh TAB en: " + line);
            }
            pairs.add(new Translation(sides[0], sides[1]));
        }
        return pairs;
    }

    public static Path path(String name) {
        return resource("/yuanwen/fixtures/" + name);
    }

    /** A file of the test resources by its absolute classpath name, e.g. {@code /yuanwen/read/voices.vtt}. */
    public static Path resource(String absoluteName) {
        URL url = Fixtures.class.getResource(absoluteName);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + absoluteName);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
