package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberNotNumberWordsTest {

    @Test
    void shippedListHoldsTheRequiredWords() {
        assertThat(NotNumberWords.standard().words()).contains(
                "一些", "一起", "一样", "一直", "一定", "一下", "统一", "万一", "一般", "唯一",
                "十分", "千万", "三思", "七嘴八舌", "一点", "百度", "万达");
    }

    @ParameterizedTest(name = "{0} [{1},{2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            千万不要 | 0 | 2 | true
            两千万   | 0 | 3 | false
            统一     | 1 | 2 | true
            一点五   | 0 | 3 | false
            """)
    void coversOnlyNumeralsWhollyInsideAWord(String text, int start, int end, boolean expected) {
        assertThat(NotNumberWords.standard().covers(text, start, end)).isEqualTo(expected);
    }
}
