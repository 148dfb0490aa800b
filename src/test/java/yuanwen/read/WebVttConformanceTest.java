package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import yuanwen.Fixtures;
import yuanwen.text.Json;

/**
 * The 40 WebVTT file-parsing cases of web-platform-tests (src/test/resources/webvtt-wpt, BSD): the
 * WebVTT parser yields exactly the cues browsers take from each file: same count, and for every
 * cue the same start and end (whole milliseconds) and the same raw text.
 */
class WebVttConformanceTest {

    private static final Path CASES = Fixtures.resource("/webvtt-wpt");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vtt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @Test
    void allFortyCasesAreThere() throws IOException {
        assertThat(cases()).hasSize(40);
        assertThat(CASES.resolve("LICENSE.md")).exists();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void yieldsExactlyTheCuesBrowsersTake(String name) throws IOException {
        JsonNode expected = Json.MAPPER.readTree(Files.readString(CASES.resolve(name + ".expected.json")));
        List<String> want = new ArrayList<>();
        for (JsonNode cue : expected.get("cues")) {
            want.add(describe(cue.get("start").asDouble(), cue.get("end").asDouble(), cue.get("text").asString()));
        }

        List<String> got = new ArrayList<>();
        for (CaptionCue cue : WebVttParser.parse(LineIndex.of(decode(Files.readAllBytes(CASES.resolve(name + ".vtt")))))
                .cues()) {
            got.add(describe(cue.start(), cue.end(), cue.text()));
        }

        assertThat(got).containsExactlyElementsOf(want);
    }

    /** As the WebVTT parser decodes: UTF-8 with replacement, every NUL replaced by U+FFFD. */
    private static String decode(byte[] bytes) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        return text.replace('\0', '\uFFFD');
    }

    private static String describe(double start, double end, String text) {
        return Math.round(start * 1000) + " --> " + Math.round(end * 1000) + " " + text.replace("\n", "\\n");
    }
}
