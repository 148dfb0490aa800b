package yuanwen.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import yuanwen.read.SourceFormat;
import yuanwen.script.Conversions;
import yuanwen.script.TargetScript;

/**
 * The values an option takes, for completion in the shell and in the bash script alike: the names
 * come from where Yuanwen knows them (OpenCC conversions, target scripts, formats), not from lists
 * kept here.
 */
final class OptionValues {

    /** Options whose value is a file or folder. */
    static final List<String> PATH_OPTIONS = List.of("zh", "en", "in", "out", "file", "glossary");

    static final List<String> PAIRS_FORMATS = List.of("tmx", "tsv", "beads");
    static final List<String> GLOSSARY_FORMATS = List.of("tsv", "csv", "tbx");
    static final List<String> STATUSES = List.of("auto", "accepted", "rejected", "edited", "unaligned");
    static final List<String> SORTS = List.of("position", "score");
    static final List<String> LANGUAGES = List.of("zh", "en");

    private OptionValues() {
    }

    /** The values of {@code --option} of {@code command}, or null when it takes a path or anything. */
    static List<String> of(String command, String option) {
        return switch (option) {
            case "config" -> Conversions.NAMES;
            case "to" -> targets();
            case "format" -> command.startsWith("pairs") ? PAIRS_FORMATS
                    : command.startsWith("glossary") ? GLOSSARY_FORMATS : sourceFormats();
            case "status" -> STATUSES;
            case "sort" -> SORTS;
            case "lang" -> LANGUAGES;
            default -> null;
        };
    }

    static List<String> targets() {
        List<String> names = new ArrayList<>();
        for (TargetScript t : TargetScript.values()) {
            names.add(t.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    static List<String> sourceFormats() {
        List<String> names = new ArrayList<>();
        for (SourceFormat f : SourceFormat.values()) {
            names.add(f.label());
        }
        return names;
    }
}
