package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberMentionTest {

    @ParameterizedTest(name = "{0} {1} {2} vs {3} {4} {5} -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            MONEY    | 2.75e9        | USD    | MONEY    | 2.75e9 | USD    | true
            MONEY    | 2.75e9        | USD    | MONEY    | 2.75e9 | CNY    | false
            MONEY    | 2.3e12        | USD    | MONEY    | 2.31e12| USD    | false
            MONEY    | 0.30000000001 | USD    | MONEY    | 0.3    | USD    | true
            COUNT    | 2e10          | -      | MONEY    | 2e10   | USD    | true
            COUNT    | 2e10          | people | MONEY    | 2e10   | USD    | false
            COUNT    | 1992          | -      | YEAR     | 1992   | -      | true
            COUNT    | 250000        | people | COUNT    | 250000 | -      | true
            COUNT    | 250000        | people | COUNT    | 250000 | people | true
            COUNT    | 10            | -      | MULTIPLE | 10     | -      | false
            COUNT    | 5             | -      | PERCENT  | 5      | -      | false
            DURATION | 2             | year   | DURATION | 2      | month  | false
            DURATION | 2             | year   | COUNT    | 2      | -      | false
            YEAR     | 1990          | decade | YEAR     | 1990   | -      | false
            PERCENT  | 0             | -      | PERCENT  | 0      | -      | true
            """)
    void agreesOnlyOnTheSameQuantity(NumberKind kindA, double valueA, String unitA,
                                      NumberKind kindB, double valueB, String unitB, boolean expected) {
        NumberMention a = new NumberMention(kindA, valueA, unitA, 0, 1, "a");
        NumberMention b = new NumberMention(kindB, valueB, unitB, 0, 1, "b");

        assertThat(a.agrees(b)).isEqualTo(expected);
        assertThat(b.agrees(a)).isEqualTo(expected);
    }
}
