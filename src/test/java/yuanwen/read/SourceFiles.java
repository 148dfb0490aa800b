package yuanwen.read;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The small hand-made source files under src/test/resources/yuanwen/read, and word helpers. */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static Path path(String name) {
        URL url = SourceFiles.class.getResource("/yuanwen/read/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
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
            throw new IllegalStateException(e);
        }
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
