package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yuanwen.SharedData;

/** OpenCC's golden files: the US Constitution in simplified Chinese through five conversions. */
class OpenccGoldenFilesTest {

    // The _jieba variants need OpenCC's jieba segmentation plugin, which is not part of conversion data.
    @ParameterizedTest
    @ValueSource(strings = {"s2t", "s2tw", "s2twp", "s2hk", "s2hkp"})
    void convertsTheGoldenInputExactly(String config) throws IOException {
        Path golden = SharedData.resolve("bench/opencc/golden");
        String input = Files.readString(golden.resolve("input/us_constitution_zhs.txt"));
        String expected = Files.readString(golden.resolve("output/us_constitution_zhs." + config + ".txt"));

        String actual = Conversions.standard().get(config).convert(input);

        assertThat(actual.lines()).containsExactlyElementsOf(expected.lines().toList());
        assertThat(actual).isEqualTo(expected);
    }
}
