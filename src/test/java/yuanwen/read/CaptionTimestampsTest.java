package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionTimestampsTest {

    @ParameterizedTest
    @CsvSource({
            "'00:01:02,000', 62.0",
            "00:01:02.000, 62.0",
            "01:02.5, 62.5",
            "1:02:03.004, 3723.004",
            "01:24:40.840, 5080.84",
            "75:30.000, 4530.0",
            "00:00:05, 5.0",
    })
    void parsesTimes(String text, double seconds) {
        assertThat(Timestamps.seconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "00:0x,500", "00:60.000", "01:60:00.000", "00:01:02,0000", "00:01:2,000",
            "1:2:3:4", "00:01.", "-00:01.000"})
    void rejectsNonTimes(String text) {
        assertThat(Timestamps.seconds(text)).isNull();
    }

    @Test
    void timingLinesWithSettings() {
        Timestamps.Timing timing = Timestamps.timing("00:01.000 --> 00:04.000 align:start position:0%");
        assertThat(timing).isEqualTo(new Timestamps.Timing(1.0, 4.0, "align:start position:0%"));
        assertThat(Timestamps.timing("00:01,000 -> 00:04,000")).isNull();
        assertThat(Timestamps.timing("Hello --> there")).isNull();
    }
}
