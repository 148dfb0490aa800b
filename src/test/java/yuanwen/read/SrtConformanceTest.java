package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import yuanwen.text.BadInputException;
import yuanwen.text.Json;
import yuanwen.text.Sha256;
import yuanwen.text.TextDecoder;

/**
 * SubRip files read as the maintained SRT parser {@code srt} 3.5.2 (cdown/srt, MIT) reads them
 * (src/test/resources/srt-conformance, see its README): for every case the SRT reader yields the same
 * cues as {@code srt.parse}, same count and for every cue the same start and end (whole milliseconds)
 * and the same raw text, except where deviations.json says how and why Yuanwen differs. The
 * expectations are srt's own output, written by the folder's expected.py; subsrt's sample (npm
 * subsrt 1.1.1, MIT) is checked against both subsrt's and srt's cues.
 */
class SrtConformanceTest {

    private static final Path CASES = Fixtures.resource("/srt-conformance");
    private static final Path SUBSRT = CASES.resolve("subsrt");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".srt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @Test
    void everyCaseHasTheParsersCuesForItsExactBytes() throws IOException {
        assertThat(cases()).hasSize(28);
        for (String name : cases().toList()) {
            JsonNode expected = expected(CASES, name);
            assertThat(expected.get("parser").asString()).as(name).isEqualTo("srt 3.5.2, srt.parse");
            // A case edited after its expectation was written must be regenerated (expected.py).
            assertThat(expected.get("srt_sha256").asString()).as(name)
                    .isEqualTo(Sha256.of(Files.readAllBytes(CASES.resolve(name + ".srt"))));
        }
        assertThat(SUBSRT.resolve("LICENSE")).exists();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void yieldsTheCuesTheSrtParserTakesOrTheListedDeviation(String name) throws IOException {
        Path file = CASES.resolve(name + ".srt");
        JsonNode expected = expected(CASES, name);
        JsonNode deviation = deviations().get(name);
        if (deviation == null) {
            assertThat(expected.has("error")).as("srt refuses %s: list it in deviations.json", name).isFalse();
            assertThat(yuanwenCues(file)).containsExactlyElementsOf(srtCues(expected));
            return;
        }
        switch (deviation.get("yuanwen").asString()) {
            case "reads_as" -> {
                List<String> got = yuanwenCues(file);
                assertThat(got).containsExactlyElementsOf(srtCues(expected(CASES, deviation.get("case").asString())));
                if (!expected.has("error")) {
                    assertThat(got).as("srt reads %s as Yuanwen does: remove its deviation", name)
                            .isNotEqualTo(srtCues(expected));
                }
            }
            case "refuses" -> {
                assertThat(expected.has("error")).as("srt takes cues from %s", name).isFalse();
                assertThatThrownBy(() -> yuanwenCues(file)).isInstanceOf(BadInputException.class)
                        .hasMessage(file + ":" + deviation.get("line").asInt() + ": " + deviation.get("message").asString());
            }
            default -> throw new AssertionError("unknown deviation kind for " + name);
        }
    }

    @Test
    void subsrtsSampleGivesTheCuesSubsrtAndSrtTake() throws IOException {
        Path file = SUBSRT.resolve("sample.srt");
        List<String> subsrt = new ArrayList<>();
        for (JsonNode cue : Json.MAPPER.readTree(Files.readString(SUBSRT.resolve("sample.json")))) {
            // subsrt joins a cue's lines with its output line end, CRLF.
            subsrt.add(describe(cue.get("start").asLong(), cue.get("end").asLong(),
                    cue.get("content").asString().replace("\r\n", "\n")));
        }
        assertThat(subsrt).hasSize(5);
        assertThat(yuanwenCues(file)).containsExactlyElementsOf(subsrt)
                .containsExactlyElementsOf(srtCues(expected(SUBSRT, "sample")));
    }

    /** What {@code segment --cues --json FILE} prints: the file decoded, its format detected, its cues. */
    private static List<String> yuanwenCues(Path file) {
        List<String> cues = new ArrayList<>();
        for (CaptionCue cue : SourceReader.captionCues(file, TextDecoder.read(file).text(), null)) {
            cues.add(describe(Math.round(cue.start() * 1000), Math.round(cue.end() * 1000), cue.text()));
        }
        return cues;
    }

    /**
     * srt's cues. The blank and whitespace-only lines that end a content are left out: srt's pattern
     * ends a cue at its first blank line and puts any further blank lines before the next cue (and a
     * line of spaces, which is not blank to it) into the content, where they are separators, not text.
     */
    private static List<String> srtCues(JsonNode expected) {
        List<String> cues = new ArrayList<>();
        for (JsonNode cue : expected.get("cues")) {
            String content = cue.get("content").asString().replaceAll("(\\n\\s*)+$", "");
            cues.add(describe(cue.get("start_ms").asLong(), cue.get("end_ms").asLong(), content));
        }
        return cues;
    }

    private static JsonNode expected(Path folder, String name) throws IOException {
        return Json.MAPPER.readTree(Files.readString(folder.resolve(name + ".expected.json")));
    }

    private static JsonNode deviations() throws IOException {
        return Json.MAPPER.readTree(Files.readString(CASES.resolve("deviations.json"))).get("cases");
    }

    private static String describe(long startMillis, long endMillis, String text) {
        return startMillis + " --> " + endMillis + " " + text.replace("\n", "\\n");
    }
}
