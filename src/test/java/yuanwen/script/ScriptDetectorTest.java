package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yuanwen.Fixtures;
import yuanwen.SharedData;

class ScriptDetectorTest {

    private final ScriptDetector detector = new ScriptDetector();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4})
    void mainlandSeedsAreSimplifiedWithNoRegionalPhrasing(int seed) throws IOException {
        ScriptReport report = detector.detect(Files.readString(SharedData.seed(seed)));

        assertThat(report.script()).isEqualTo(Script.SIMPLIFIED);
        assertThat(report.simplifiedOnly()).isGreaterThan(100);
        assertThat(report.traditionalOnly()).isLessThan(report.simplifiedOnly() / 10);
        assertThat(report.hasTaiwanForms()).isFalse();
        assertThat(report.hasHongKongForms()).isFalse();
    }

    @Test
    void theTaiwanSeedIsTraditionalWithTaiwanPhrasing() throws IOException {
        ScriptReport report = detector.detect(Files.readString(SharedData.seed(2)));

        assertThat(report.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(report.simplifiedOnly()).isZero();
        assertThat(report.taiwanForms()).extracting(ScriptReport.FormCount::form)
                .contains("軟體", "網際網路", "人工智慧");
    }

    @Test
    void hongKongConversionOfASeedShowsHongKongForms() throws IOException {
        String hongKong = Conversions.standard().get("s2hk").convert(Files.readString(SharedData.seed(3)));
        ScriptReport report = detector.detect(hongKong);

        assertThat(report.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(report.hongKongForms()).extracting(ScriptReport.FormCount::form).contains("説");
        assertThat(report.leansHongKong()).isTrue();
        assertThat(TargetScript.SIMPLIFIED.configFor(report)).isEqualTo("hk2sp");
    }

    @Test
    void englishIsNotChinese() throws IOException {
        ScriptReport report = detector.detect(Files.readString(SharedData.nadellaTranscript()));
        assertThat(report.script()).isEqualTo(Script.NOT_CHINESE);
        assertThat(report.hanCharacters()).isZero();
    }

    @Test
    void theTaiwanFixtureIsTraditionalWithTaiwanPhrasing() {
        ScriptReport report = detector.detect(Fixtures.text(Fixtures.taiwanArticle()));

        assertThat(report.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(report.simplifiedOnly()).isZero();
        assertThat(report.taiwanForms()).extracting(ScriptReport.FormCount::form)
                .contains("軟體", "網際網路", "人工智慧", "資料", "執行長");
        assertThat(report.hasHongKongForms()).isFalse();
        assertThat(TargetScript.parse("simplified").configFor(report)).isEqualTo("tw2sp");
    }

    @Test
    void theInterviewFixtureIsSimplifiedAndItsTranscriptIsNotChinese() {
        ScriptReport article = detector.detect(Fixtures.text(Fixtures.interviewArticle()));
        ScriptReport transcript = detector.detect(Fixtures.text(Fixtures.interviewTranscript()));

        assertThat(article.script()).isEqualTo(Script.SIMPLIFIED);
        assertThat(article.traditionalOnly()).isZero();
        assertThat(article.hasTaiwanForms()).isFalse();
        assertThat(article.hasHongKongForms()).isFalse();
        assertThat(TargetScript.parse("taiwan").configFor(article)).isEqualTo("s2twp");
        assertThat(transcript.script()).isEqualTo(Script.NOT_CHINESE);
        assertThat(transcript.hanCharacters()).isZero();
    }

    @Test
    void halfAndHalfIsMixed() {
        ScriptReport report = detector.detect("这是简体中文的句子。這是繁體中文的句子。");
        assertThat(report.script()).isEqualTo(Script.MIXED);
        assertThat(report.simplifiedOnly()).isPositive();
        assertThat(report.traditionalOnly()).isPositive();
    }

    @Test
    void charactersBothScriptsShareDecideNothing() {
        assertThat(detector.detect("中文").script()).isEqualTo(Script.UNDETERMINED);
    }

    @Test
    void toSimplifiedPicksTheTaiwanConversionForTaiwanText() throws IOException {
        ScriptReport taiwan = detector.detect(Files.readString(SharedData.seed(2)));
        ScriptReport mainland = detector.detect(Files.readString(SharedData.seed(0)));

        assertThat(TargetScript.parse("simplified").configFor(taiwan)).isEqualTo("tw2sp");
        assertThat(TargetScript.parse("zh-Hans").configFor(taiwan)).isEqualTo("tw2sp");
        assertThat(TargetScript.parse("taiwan").configFor(mainland)).isEqualTo("s2twp");
        assertThat(TargetScript.parse("hk").configFor(mainland)).isEqualTo("s2hkp");
        assertThat(TargetScript.parse("traditional").configFor(mainland)).isEqualTo("s2t");
    }
}
