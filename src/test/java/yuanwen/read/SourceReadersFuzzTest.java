package yuanwen.read;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import yuanwen.text.BadInputException;

/**
 * Coverage-guided fuzzing (Jazzer) of every English source reader, the WebVTT parser and the
 * article reader: whatever the text, a reader returns or refuses it with a {@link BadInputException};
 * any other exception or error is a finding. Under plain {@code mvn test} the targets run once per
 * stored input (regression mode); with {@code JAZZER_FUZZ=1} Jazzer fuzzes one target, see the
 * README's "Bad input" section for the commands.
 */
class SourceReadersFuzzTest {

    private static final SourceFormat[] FORMATS = SourceFormat.values();

    @FuzzTest(maxDuration = "10m")
    void englishSourceReadersReturnOrRefuse(FuzzedDataProvider data) {
        SourceFormat format = data.pickValue(FORMATS);
        boolean detect = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        Path file = Path.of(detect ? "fuzz.txt" : "fuzz." + format.label());
        try {
            SourceReader.read(file, text, detect ? null : format);
        } catch (BadInputException refused) {
            // a refusal with one line is what bad input gets
        }
    }

    @FuzzTest(maxDuration = "10m")
    void webVttParserTakesAnyText(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        WebVttParser.Result result = WebVttParser.parse(LineIndex.of("WEBVTT\n" + body));
        for (CaptionCue cue : result.cues()) {
            if (!(cue.start() >= 0) || !(cue.end() >= 0) || cue.text() == null) {
                throw new AssertionError("impossible cue " + cue);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void articleReaderReturnsOrRefuses(byte[] bytes) {
        try {
            new ArticleReader().read(Path.of("fuzz.md"), new String(bytes, StandardCharsets.UTF_8));
        } catch (BadInputException refused) {
            // refused with one line
        }
    }
}
