package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Translation pairs: the Chinese and the English text must each yield the same number of
 * mentions, and the mentions must agree pairwise, in order.
 */
class NumberCorrespondenceTest {

    private final NumberFinder finder = new NumberFinder();

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1992年                       | in 1992
            1992年                       | back in '92
            2024年12月                   | in December 2024
            90年代                       | the 1990s
            27.5亿美元                   | $2.75 billion
            2.3万亿美元                  | $2.3 trillion
            660亿美元                    | $66 billion
            1000亿                       | 100 billion
            1000亿美元                   | 100 billion dollars
            100亿美元                    | $10B
            5亿美元                      | $500M
            30亿美元                     | US$3bn
            40亿欧元                     | €4 billion
            5亿元人民币                  | 500 million yuan
            2020年的约200亿美元         | in 2020 about 20 billion
            25万人                       | 250,000 people
            两千三百万                   | 23 million
            一百万                       | one million
            一百万                       | a million
            百分之五                     | five percent
            5%                           | 5 percent
            百分之五                     | 5 per cent
            98%、99%                     | 98%, 99%
            十倍                         | 10x
            10倍                         | tenfold
            十倍                         | ten times
            10倍                         | 10-fold
            两年                         | two years
            三个月                       | three months
            30年                         | 30 years
            20年前                       | 20 years ago
            一个半小时                   | one and a half hours
            第三                         | the third
            12月3日                      | December 3
            两千五百万美元，占百分之二十 | $25 million, or 20 percent
            """)
    void bothSidesAgree(String chinese, String english) {
        List<NumberMention> zh = finder.findChinese(chinese);
        List<NumberMention> en = finder.findEnglish(english);

        assertThat(zh).as("Chinese mentions").isNotEmpty().hasSameSizeAs(en);
        for (int i = 0; i < zh.size(); i++) {
            assertThat(zh.get(i).agrees(en.get(i))).as("%s agrees with %s", zh.get(i), en.get(i)).isTrue();
            assertThat(en.get(i).agrees(zh.get(i))).as("symmetric").isTrue();
        }
    }

    @ParameterizedTest(name = "{0} <-/-> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            27.5亿美元 | $2.75 million
            2.3万亿美元 | $2.31 trillion
            27.5亿美元 | 2.75 billion euros
            两年       | two months
            十倍       | 10 percent
            1992年     | 1992 people
            30年       | in 1930
            百分之五   | five times
            90年代     | in 1990
            """)
    void differentQuantitiesDisagree(String chinese, String english) {
        NumberMention zh = finder.findChinese(chinese).get(0);
        NumberMention en = finder.findEnglish(english).get(0);

        assertThat(zh.agrees(en)).as("%s vs %s", zh, en).isFalse();
    }
}
