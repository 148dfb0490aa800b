package yuanwen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the data's path, and every dependency points down it: a package may use only
 * the packages before it in {@link #LAYERS}. So there are no cycles, the aligner and the glossary
 * know nothing of storage or the shell, and storage knows nothing of the review use cases.
 */
class PackageGraphTest {

    /** From the bottom (plain utilities) to the top (the Spring shell). */
    static final List<String> LAYERS = List.of(
            "text",     // decoding, atomic files, JSON, hashes, the one error type for bad input
            "script",   // OpenCC conversion and script detection
            "lang",     // language knowledge every reader and step shares: lang.en, the English tokenizer
            "read",     // file formats into blocks with source positions
            "segment",  // sentences, speakers, numbers of both languages
            "glossary", // the term glossary and its matcher
            "align",    // evidence, bead search, quote search
            "store",    // aligned/NAME.json and exports
            "mining",   // glossary suggestions mined from stored alignments
            "review",   // use cases: align files to a stored alignment, carry review over, review pairs
            "web",      // the review page in the browser: its server, templates and HTML export
            "batch",    // many pairs at once: the manifest, parallel runs that skip what is current
            "shell");   // Spring Shell commands

    /** A reference to a class of a layer, also in a package of its own inside it (yuanwen.lang.en.X is lang). */
    private static final Pattern REFERENCE = Pattern.compile("\\byuanwen\\.([a-z]+)(?:\\.[a-z]+)*\\.[A-Z]");

    @Test
    void everyPackageIsALayer() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/yuanwen"))) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        assertThat(LAYERS).containsAll(packages);
    }

    @Test
    void dependenciesOnlyPointDownTheDataPath() throws IOException {
        Path sources = Path.of("src/main/java/yuanwen");
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String from = sources.relativize(file).getName(0).toString();
                Matcher m = REFERENCE.matcher(Files.readString(file));
                Set<String> targets = new TreeSet<>();
                while (m.find()) {
                    targets.add(m.group(1));
                }
                for (String to : targets) {
                    if (!to.equals(from) && LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
                        upward.add(sources.relativize(file) + " uses yuanwen." + to);
                    }
                }
            }
        }
        assertThat(upward).as("references that point up the data path").isEmpty();
    }
}
