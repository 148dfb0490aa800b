package yuanwen.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.GlossaryFile;
import yuanwen.store.AlignmentFile.GlossaryInfo;
import yuanwen.text.Sha256;

/**
 * The glossary a command uses, and what {@code --glossary} means: a file; {@code none}; or (when
 * absent) the shipped glossary, read from the jar (read-only, so it is there from any folder), with
 * the workspace's {@code glossary/glossary.json} laid over it: its entries add to the shipped ones,
 * and an entry with a shipped entry's id replaces it.
 */
final class GlossaryInUse {

    /** The shipped glossary inside the jar (copied there from the project's glossary/ at build time). */
    static final String SHIPPED_RESOURCE = "/yuanwen/glossary/glossary.json";
    /** How the shipped glossary is named in messages and in stored alignments. */
    static final String SHIPPED = "(shipped glossary)";

    private static Glossary shipped;

    /** The file given as --glossary, or the user's glossary laid over the shipped one (null: none). */
    private final Path file;
    private final boolean overShipped;

    private GlossaryInUse(Path file, boolean overShipped) {
        this.file = file;
        this.overShipped = overShipped;
    }

    /** The glossary to use, or null for none. */
    static GlossaryInUse resolve(String option) {
        if ("none".equals(option)) {
            return null;
        }
        if (option != null) {
            return new GlossaryInUse(Path.of(option), false);
        }
        Path user = Workspace.current().userGlossary();
        return new GlossaryInUse(user != null && Files.exists(user) ? user : null, true);
    }

    /** The shipped glossary alone, whatever the workspace has. */
    static synchronized Glossary shipped() {
        if (shipped == null) {
            try (InputStream in = GlossaryInUse.class.getResourceAsStream(SHIPPED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the jar has no " + SHIPPED_RESOURCE);
                }
                shipped = GlossaryFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(SHIPPED));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    Glossary load() {
        if (!overShipped) {
            return GlossaryFile.load(file);
        }
        Glossary base = shipped();
        return file == null ? base : layer(base, GlossaryFile.load(file));
    }

    /** The user's entries over the shipped ones: same id replaces, new ids are added after. */
    static Glossary layer(Glossary base, Glossary user) {
        Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
        base.entries().forEach(e -> entries.put(e.id(), e));
        user.entries().forEach(e -> entries.put(e.id(), e));
        return new Glossary(base.name(), base.licence(), new ArrayList<>(entries.values()));
    }

    /** The files read (for caches that keep a glossary while its files are unchanged). */
    List<Path> files() {
        return file == null ? List.of() : List.of(file);
    }

    /** "glossary/glossary.json", "(shipped glossary)" or "(shipped glossary) + glossary/glossary.json". */
    String label() {
        if (!overShipped) {
            return file.toString();
        }
        return file == null ? SHIPPED : SHIPPED + " + " + file;
    }

    /** Whether a stored alignment's glossary path names the shipped glossary (alone or under a user's). */
    static boolean isShippedLabel(String recordedPath) {
        return recordedPath != null && recordedPath.startsWith(SHIPPED);
    }

    /** What a stored alignment records of it: the label, the SHA-256 of what was used, the entries. */
    GlossaryInfo info(Glossary loaded) {
        String sha = !overShipped ? Sha256.of(file)
                : Sha256.of(GlossaryFile.format(loaded).getBytes(StandardCharsets.UTF_8));
        return new GlossaryInfo(label(), sha, loaded.size());
    }

    /** "(shipped glossary) + glossary/glossary.json, 20,470 entries". */
    String describe(Glossary loaded) {
        return String.format(java.util.Locale.ROOT, "%s, %,d entries", label(), loaded.size());
    }
}
