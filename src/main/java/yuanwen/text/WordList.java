package yuanwen.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one reader of the word lists that ship as resources (stop words, function words, irregular
 * forms, boilerplate cues, words that look like numbers but are not), so every list follows the same
 * rules and a non-programmer editing one needs to learn them once:
 *
 * <ul>
 *   <li>UTF-8, one entry per line; surrounding white space does not count;
 *   <li>a line whose first visible character is {@code #} is a comment, and so is everything after a
 *       {@code #} that follows white space ({@code wrote write   # past tense});
 *   <li>blank lines are skipped.
 * </ul>
 *
 * <p>A {@code #} inside an entry ({@code C#}) stays part of it. Lists are read from the owner
 * class's package, as LanguageTool reads every list through one broker rather than each class
 * parsing its own.
 */
public final class WordList {

    private WordList() {
    }

    /** The entries of {@code resource} (beside {@code owner}'s package), comments cut, in file order. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        owner.getPackageName().replace('.', '/') + "/" + resource + " missing from this build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every white-space-separated word of {@code resource}'s entries, for lists of several words a line. */
    public static Set<String> words(Class<?> owner, String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(owner, resource)) {
            for (String word : line.split("\\s+")) {
                words.add(word);
            }
        }
        return Set.copyOf(words);
    }

    /** The entries of a list's text, by the rules above. */
    public static List<String> parse(String text) {
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\r?\n|\r")) {
            String entry = withoutComment(line).strip();
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    private static String withoutComment(String line) {
        String content = line.stripLeading();
        if (content.startsWith("#")) {
            return "";
        }
        for (int i = 1; i < content.length(); i++) {
            if (content.charAt(i) == '#' && Character.isWhitespace(content.charAt(i - 1))) {
                return content.substring(0, i);
            }
        }
        return content;
    }
}
