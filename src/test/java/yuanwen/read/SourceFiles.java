package yuanwen.read;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import yuanwen.Fixtures;

/** The small hand-made source files under src/test/resources/yuanwen/read, and word helpers. */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static Path path(String name) {
        return Fixtures.resource("/yuanwen/read/" + name);
    }

    public static String text(Path file) {
        return Fixtures.text(file);
    }

    public static String text(String name) {
        return text(path(name));
    }

    public static Source read(String name) {
        return SourceReader.read(path(name), text(name), null);
    }

    /** Whitespace-separated words of all texts, in order. */
    public static List<String> words(List<String> texts) {
        return texts.stream()
                .flatMap(t -> Arrays.stream(t.trim().split("\\s+")))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toList());
    }

    public static List<String> cueTexts(Source source) {
        return source.cues().stream().map(Cue::text).collect(Collectors.toList());
    }
}
