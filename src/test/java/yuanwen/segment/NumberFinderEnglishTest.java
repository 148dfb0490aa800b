package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each row is an English text holding exactly one number, and how it must be read. */
class NumberFinderEnglishTest {

    private final NumberFinder finder = new NumberFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            You started at Microsoft in 1992,          | YEAR     | 1992     | -       | 1992
            since 2015 we have grown                   | YEAR     | 2015     | -       | 2015
            2020 was a hard year                       | YEAR     | 2020     | -       | 2020
            the class of '92                           | YEAR     | 1992     | -       | '92
            back in the ’90s                           | YEAR     | 1990     | decade  | ’90s
            in the 1990s                               | YEAR     | 1990     | decade  | 1990s
            published December 12, 2024.               | YEAR     | 2024     | -       | December 12, 2024
            in December 2024                           | YEAR     | 2024     | -       | December 2024
            on December 3 we met                       | DATE     | 1203     | -       | December 3
            on 3 December we met                       | DATE     | 1203     | -       | 3 December
            there were 1992 people                     | COUNT    | 1992     | people  | 1992 people
            1992 employees                             | COUNT    | 1992     | people  | 1992 employees
            raised $2.75 billion                       | MONEY    | 2.75e9   | USD     | $2.75 billion
            almost $3 trillion of value                | MONEY    | 3e12     | USD     | $3 trillion
            to $66 billion run rate                    | MONEY    | 6.6e10   | USD     | $66 billion
            a $10B deal                                | MONEY    | 1e10     | USD     | $10B
            a $500M round                              | MONEY    | 5e8      | USD     | $500M
            10 billion dollars                         | MONEY    | 1e10     | USD     | 10 billion dollars
            US$3bn in funding                          | MONEY    | 3e9      | USD     | US$3bn
            a €40 billion fine                         | MONEY    | 4e10     | EUR     | €40 billion
            RMB 500 million                            | MONEY    | 5e8      | CNY     | RMB 500 million
            five hundred million yuan                  | MONEY    | 5e8      | CNY     | five hundred million yuan
            $1,000,000                                 | MONEY    | 1e6      | USD     | $1,000,000
            half a billion dollars                     | MONEY    | 5e8      | USD     | half a billion dollars
            100 billion                                | COUNT    | 1e11     | -       | 100 billion
            250,000 people                             | COUNT    | 250000   | people  | 250,000 people
            23 million                                 | COUNT    | 2.3e7    | -       | 23 million
            one million                                | COUNT    | 1e6      | -       | one million
            a million users                            | COUNT    | 1e6      | -       | a million
            a hundred                                  | COUNT    | 100      | -       | a hundred
            a dozen                                    | COUNT    | 12       | -       | a dozen
            twenty-five                                | COUNT    | 25       | -       | twenty-five
            one hundred and five                       | COUNT    | 105      | -       | one hundred and five
            two thousand three hundred                 | COUNT    | 2300     | -       | two thousand three hundred
            fifteen hundred                            | COUNT    | 1500     | -       | fifteen hundred
            one and a half million                     | COUNT    | 1.5e6    | -       | one and a half million
            zero                                       | COUNT    | 0        | -       | zero
            it was 2.5 on average                      | COUNT    | 2.5      | -       | 2.5
            Windows 95                                 | COUNT    | 95       | -       | 95
            five percent                               | PERCENT  | 5        | -       | five percent
            5 percent                                  | PERCENT  | 5        | -       | 5 percent
            5 per cent                                 | PERCENT  | 5        | -       | 5 per cent
            And he said 25%.                           | PERCENT  | 25       | -       | 25%
            three percentage points                    | PERCENT  | 3        | -       | three percentage points
            a 10x function                             | MULTIPLE | 10       | -       | 10x
            the next 10X function                      | MULTIPLE | 10       | -       | 10X
            tenfold                                    | MULTIPLE | 10       | -       | tenfold
            ten times                                  | MULTIPLE | 10       | -       | ten times
            10-fold                                    | MULTIPLE | 10       | -       | 10-fold
            up almost $10x                             | MULTIPLE | 10       | -       | 10x
            two years                                  | DURATION | 2        | year    | two years
            three months                               | DURATION | 3        | month   | three months
            30 years                                   | DURATION | 30       | year    | 30 years
            20 years ago                               | DURATION | 20       | year    | 20 years
            a two-year lead                            | DURATION | 2        | year    | two-year
            one and a half hours                       | DURATION | 1.5      | hour    | one and a half hours
            18 months                                  | DURATION | 18       | month   | 18 months
            the third party                            | ORDINAL  | 3        | -       | third
            the second time                            | ORDINAL  | 2        | -       | second
            the 21st century                           | ORDINAL  | 21       | -       | 21st
            """)
    void readsOneNumber(String text, NumberKind kind, double value, String unit, String surface) {
        List<NumberMention> found = finder.findEnglish(text);

        assertThat(found).as("mentions in %s", text).hasSize(1);
        NumberMention mention = found.get(0);
        assertThat(mention.kind()).isEqualTo(kind);
        assertThat(mention.value()).isCloseTo(value, within(Math.abs(value) * 1e-6));
        assertThat(mention.unit()).isEqualTo(unit);
        assertThat(mention.surface()).isEqualTo(surface);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(surface);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "no one knows", "this one is better", "a lot of people", "tens of billions of dollars",
        "hundreds of millions", "GPT-4", "the o1 models", "GPT-4o", "H100 chips",
        "[00:00:02.180 --> 00:00:06.600]", "call 555-1234", "version 1.2.3", "24/7 support",
        "wait a second", "2-3 years", "phone 13812345678", "the number of times", "one of them"
    })
    void reportsNothing(String text) {
        assertThat(finder.findEnglish(text)).isEmpty();
    }
}
