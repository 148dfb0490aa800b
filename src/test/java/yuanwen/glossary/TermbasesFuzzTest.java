package yuanwen.glossary;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import yuanwen.text.BadInputException;

/**
 * Coverage-guided fuzzing (Jazzer) of the termbase importers (OmegaT TSV, CSV, TBX) and of the
 * glossary file's parser: any text is read or refused with a {@link BadInputException}; any other
 * exception or error (a stack overflow on deep XML, an index out of bounds) is a finding.
 */
class TermbasesFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void termbaseImportersReturnOrRefuse(FuzzedDataProvider data) {
        int format = data.consumeInt(0, 2);
        String text = data.consumeRemainingAsString();
        Path file = Path.of("fuzz");
        try {
            switch (format) {
                case 0 -> TsvTermbase.read(file, text);
                case 1 -> CsvTermbase.read(file, text);
                default -> TbxTermbase.read(file, text);
            }
        } catch (BadInputException refused) {
            // refused with one line
        }
    }

    /**
     * Bytes read as UTF-8, as the glossary file is: the seed in {@code TermbasesFuzzTestInputs} is a
     * valid glossary to mutate from. JSON syntax is Jackson's, which Jazzer does not instrument, so
     * from nothing the fuzzer never made a JSON object: 7.8 million inputs in 10 minutes reached 59
     * edges and kept 3 inputs; from the seed it reaches the entry and term checks.
     */
    @FuzzTest(maxDuration = "10m")
    void glossaryFileParserReturnsOrRefuses(byte[] bytes) {
        try {
            GlossaryFile.parse(new String(bytes, StandardCharsets.UTF_8), Path.of("fuzz.json"));
        } catch (BadInputException refused) {
            // refused, every problem named
        }
    }
}
