package yuanwen.glossary;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import yuanwen.read.SourceFormat;
import yuanwen.read.SourceReader;
import yuanwen.text.BadInputException;
import yuanwen.text.TextDecoder;

/**
 * One fuzz target over every reader and importer, for CI's short fuzzing run (.ci/run, 60 s):
 * the first byte picks text decoding, an English source format, or a termbase format; whatever
 * the rest is, the reader returns or refuses it with a {@link BadInputException}. (It lives in the
 * glossary package because the termbase readers are package-private.) The per-reader targets
 * ({@code SourceReadersFuzzTest}, {@code TermbasesFuzzTest}, {@code TextDecoderFuzzTest}) are for
 * the longer runs.
 */
class AllReadersFuzzTest {

    private static final SourceFormat[] FORMATS = SourceFormat.values();

    @FuzzTest(maxDuration = "60s")
    void everyReaderReturnsOrRefuses(FuzzedDataProvider data) {
        int reader = data.consumeInt(0, FORMATS.length + 3);
        Path file = Path.of("fuzz");
        try {
            if (reader == 0) {
                TextDecoder.decode(file, data.consumeRemainingAsBytes());
            } else if (reader <= FORMATS.length) {
                SourceReader.read(file, data.consumeRemainingAsString(), FORMATS[reader - 1]);
            } else if (reader == FORMATS.length + 1) {
                TsvTermbase.read(file, data.consumeRemainingAsString());
            } else if (reader == FORMATS.length + 2) {
                CsvTermbase.read(file, data.consumeRemainingAsString());
            } else {
                TbxTermbase.read(file, data.consumeRemainingAsString());
            }
        } catch (BadInputException refused) {
            // refused with one line
        }
    }
}
