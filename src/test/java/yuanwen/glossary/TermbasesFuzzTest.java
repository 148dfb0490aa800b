package yuanwen.glossary;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
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

    @FuzzTest(maxDuration = "10m")
    void glossaryFileParserReturnsOrRefuses(FuzzedDataProvider data) {
        String json = data.consumeRemainingAsString();
        try {
            GlossaryFile.parse(json, Path.of("fuzz.json"));
        } catch (BadInputException refused) {
            // refused, every problem named
        }
    }
}
