package yuanwen.script;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conversions Yuanwen knows, by OpenCC config name, each read from its config file in
 * {@code opencc/config/} the first time it is asked for. One shared instance per process is enough:
 * converters are immutable and dictionaries are loaded once.
 */
public final class Conversions {

    /** OpenCC's sixteen conversions, in OpenCC's order. */
    public static final List<String> NAMES = List.of(
            "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "s2hkp", "hk2sp",
            "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t");

    private static final Conversions STANDARD = new Conversions();

    private final DictionarySource dictionaries = new DictionarySource();
    private final ConversionConfig configs = new ConversionConfig(dictionaries);
    private final Map<String, ScriptConverter> converters = new ConcurrentHashMap<>();

    private Conversions() {
    }

    /** The conversions shipped in the jar. */
    public static Conversions standard() {
        return STANDARD;
    }

    /**
     * The converter for an OpenCC config name ({@code tw2sp}, case-insensitive, {@code .json}
     * allowed).
     *
     * @throws IllegalArgumentException naming the known configs when there is no such conversion
     */
    public ScriptConverter get(String configName) {
        String name = configName.trim().toLowerCase(Locale.ROOT).replaceFirst("\\.json$", "");
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown conversion '" + configName + "'; known: "
                    + String.join(", ", NAMES));
        }
        return converters.computeIfAbsent(name, this::load);
    }

    /** A dictionary shipped with the conversions, for detection and overrides. */
    PhraseTable table(String name) {
        return dictionaries.table(name);
    }

    private ScriptConverter load(String name) {
        InputStream json = Conversions.class.getResourceAsStream("/opencc/config/" + name + ".json");
        if (json == null) {
            throw new IllegalStateException("conversion config " + name + ".json missing from this build");
        }
        return configs.read(name, json);
    }
}
