package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            零           | 0
            〇           | 0
            一           | 1
            两           | 2
            俩           | 2
            十           | 10
            十二         | 12
            二十         | 20
            三十五       | 35
            一百         | 100
            一百零五     | 105
            一千零二十   | 1020
            两千三百万   | 23000000
            一百万       | 1000000
            一万         | 10000
            万           | 10000
            十万         | 100000
            一亿         | 100000000
            一亿两千万   | 120000000
            十万亿       | 1e13
            三万五千亿   | 3.5e12
            一万二       | 12000
            三千五       | 3500
            两百五       | 250
            一万零二     | 10002
            壹佰贰拾叁   | 123
            玖仟捌佰     | 9800
            兩萬         | 20000
            三億         | 300000000
            27.5亿       | 2.75e9
            2.3万亿      | 2.3e12
            1.5万        | 15000
            660亿        | 6.6e10
            1000亿       | 1e11
            3千          | 3000
            1,000        | 1000
            ２０２４     | 2024
            １．５万     | 15000
            一九九二     | 1992
            二〇二四     | 2024
            三点五       | 3.5
            二十五点五   | 25.5
            三点一四     | 3.14
            一点五亿     | 150000000
            一个半       | 1.5
            两个半       | 2.5
            半           | 0.5
            10 亿        | 1e9
            """)
    void parsesNumerals(String numeral, double expected) {
        assertThat(ChineseNumerals.parse(numeral)).isCloseTo(expected, within(expected * 1e-9 + 1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "美元", "点五", "一半"})
    void rejectsNonNumerals(String text) {
        assertThatThrownBy(() -> ChineseNumerals.parse(text)).isInstanceOf(NumberFormatException.class);
    }
}
