package yuanwen.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads OpenCC dictionaries shipped in the jar under {@code opencc/dictionary/}, once each: several
 * conversions share the same tables (every one uses CJK_Compatibility_Ideographs, for example).
 */
final class DictionarySource {

    private static final String ROOT = "/opencc/dictionary/";

    private final Map<String, PhraseTable> loaded = new ConcurrentHashMap<>();

    /**
     * Configs name compiled OpenCC files ({@code STPhrases.ocd2}); we ship and read the text form
     * with the same base name, which is the data OpenCC compiles from.
     */
    PhraseTable table(String fileName) {
        String base = fileName.replaceFirst("\\.(ocd2?|txt)$", "");
        return loaded.computeIfAbsent(base, this::load);
    }

    private PhraseTable load(String base) {
        String resource = ROOT + base + ".txt";
        try (InputStream in = DictionarySource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no OpenCC dictionary " + base + " in this build");
            }
            return PhraseTable.read(base, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
