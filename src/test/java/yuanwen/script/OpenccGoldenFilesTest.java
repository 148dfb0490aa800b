package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import yuanwen.Fixtures;
import yuanwen.SharedData;

/**
 * OpenCC's golden files: the US Constitution in simplified Chinese through five conversions, plain
 * and steered by the shipped glossary (whose terms, such as 国会 or 宪法, occur in it). They ship in
 * src/test/resources/yuanwen/script/opencc/golden (OpenCC's files verbatim, Apache-2.0).
 */
class OpenccGoldenFilesTest {

    private static Path shippedGolden() {
        return Fixtures.resource("/yuanwen/script/opencc/golden");
    }

    // The _jieba variants need OpenCC's jieba segmentation plugin, which is not part of conversion data.
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
            "s2t, NO_GLOSSARY", "s2tw, NO_GLOSSARY", "s2twp, NO_GLOSSARY", "s2hk, NO_GLOSSARY", "s2hkp, NO_GLOSSARY",
            "s2t, SHIPPED_GLOSSARY", "s2tw, SHIPPED_GLOSSARY", "s2twp, SHIPPED_GLOSSARY", "s2hk, SHIPPED_GLOSSARY",
            "s2hkp, SHIPPED_GLOSSARY"})
    void convertsTheGoldenInputExactly(String config, Steering steering) throws IOException {
        Path golden = shippedGolden();
        String input = Files.readString(golden.resolve("input/us_constitution_zhs.txt"));
        String expected = Files.readString(golden.resolve("output/us_constitution_zhs." + config + ".txt"));

        String actual = steering.converter(config).convert(input);

        assertThat(actual.lines()).containsExactlyElementsOf(expected.lines().toList());
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"input/us_constitution_zhs.txt", "output/us_constitution_zhs.s2t.txt",
            "output/us_constitution_zhs.s2tw.txt", "output/us_constitution_zhs.s2twp.txt",
            "output/us_constitution_zhs.s2hk.txt", "output/us_constitution_zhs.s2hkp.txt"})
    @Tag("corpus")
    void theShippedFileIsTheReferenceCopyInShared(String file) throws IOException {
        Path reference = SharedData.resolve("bench/opencc/golden").resolve(file);

        assertThat(Files.readAllBytes(shippedGolden().resolve(file))).isEqualTo(Files.readAllBytes(reference));
    }
}
