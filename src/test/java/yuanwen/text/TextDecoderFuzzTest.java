package yuanwen.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of encoding detection and strict decoding: any bytes decode or
 * are refused with a {@link BadInputException}, never a decoding exception or replacement
 * characters in silence.
 */
class TextDecoderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyBytesDecodeOrAreRefused(byte[] bytes) {
        try {
            DecodedText decoded = TextDecoder.decode(Path.of("fuzz"), bytes);
            if (decoded.text() == null) {
                throw new AssertionError("no text");
            }
        } catch (BadInputException refused) {
            // refused with one line
        }
    }
}
