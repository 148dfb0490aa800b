package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yuanwen.Fixtures;
import yuanwen.SharedData;

class ScriptConverterTest {

    private static ScriptConverter conversion(String name) {
        return Conversions.standard().get(name);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "tw2sp, 軟體, 软件",
            "tw2sp, 網際網路, 互联网",
            "tw2sp, 人工智慧, 人工智能",
            "tw2sp, 滑鼠和印表機, 鼠标和打印机",
            "s2twp, 软件, 軟體",
            "s2twp, 互联网, 網際網路",
            "s2t, 亚马逊的云计算, 亞馬遜的雲計算",
            "t2s, 亞馬遜的雲計算, 亚马逊的云计算",
            "s2hk, 为什么说, 為什麼説",
            "hk2s, 為什麼説, 为什么说",
    })
    void convertsRegionalVocabularyAndCharacters(String config, String input, String expected) {
        assertThat(conversion(config).convert(input)).isEqualTo(expected);
    }

    @Test
    void acceptsConfigNamesAsOpenccWritesThem() {
        assertThat(Conversions.standard().get("TW2SP.json").name()).isEqualTo("tw2sp");
        assertThatThrownBy(() -> Conversions.standard().get("tw2cn"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown conversion 'tw2cn'")
                .hasMessageContaining("s2twp");
    }

    @Test
    void leavesUrlsAndMarkdownLinkTargetsUntouched() {
        String line = "見[軟體說明](https://example.tw/軟體/說明) 與 http://zh.wikipedia.org/wiki/網際網路。";
        assertThat(conversion("tw2sp").convert(line))
                .isEqualTo("见[软件说明](https://example.tw/軟體/說明) 与 http://zh.wikipedia.org/wiki/網際網路。");
    }

    @Test
    void keepsLineBreaksAndMarkdownSyntax() {
        String text = "# 軟體\r\n\r\n**主持人：** 網際網路\n- 清單\n";
        String converted = conversion("tw2sp").convert(text);
        assertThat(converted).isEqualTo("# 软件\r\n\r\n**主持人：** 互联网\n- 清单\n");
    }

    @Test
    void fixedTermsAreWrittenAsGivenAndTheRestIsConverted() {
        ScriptConverter s2t = conversion("s2t");
        // OpenCC turns these surnames into the characters' other meanings: 於 ("at"), 餘 ("remainder").
        assertThat(s2t.convert("于和伟和余秋雨在里面")).isEqualTo("於和偉和餘秋雨在裏面");

        ScriptConverter withNames = s2t.withFixedTerms(java.util.Map.of("于和伟", "于和偉", "余秋雨", "余秋雨"));

        assertThat(withNames.convert("于和伟和余秋雨在里面")).isEqualTo("于和偉和余秋雨在裏面");
        assertThat(withNames.name()).isEqualTo("s2t");
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertThat(conversion("s2t").convert("𠮷野家的发展")).isEqualTo("𠮷野家的發展");
    }

    @Test
    void leavesTheEnglishTranscriptExactlyAsItIs() throws IOException {
        String english = Files.readString(SharedData.nadellaTranscript());
        assertThat(conversion("s2twp").convert(english)).isEqualTo(english);
        assertThat(conversion("t2s").convert(english)).isEqualTo(english);
    }

    @Test
    void leavesTheInventedEnglishTranscriptAsItIs() {
        String english = Fixtures.text(Fixtures.interviewTranscript());
        assertThat(conversion("s2twp").convert(english)).isEqualTo(english);
        assertThat(conversion("t2s").convert(english)).isEqualTo(english);
    }

    @Test
    void convertsTheTaiwanFixtureToMainlandVocabulary() {
        String taiwan = Fixtures.text(Fixtures.taiwanArticle());
        String mainland = conversion("tw2sp").convert(taiwan);

        assertThat(mainland).contains("软件", "互联网", "人工智能", "数据", "首席执行官", "服务器")
                .doesNotContain("軟體", "網際網路", "人工智慧", "資料", "執行長", "伺服器");
        assertThat(mainland.lines().count()).isEqualTo(taiwan.lines().count());
        assertThat(new ScriptDetector().detect(mainland).script()).isEqualTo(Script.SIMPLIFIED);
    }

    @Test
    void convertsTheTaiwanSeedToMainlandVocabulary() throws IOException {
        String taiwan = Files.readString(SharedData.seed(2));
        String mainland = conversion("tw2sp").convert(taiwan);

        assertThat(taiwan).contains("軟體", "網際網路", "人工智慧");
        assertThat(mainland).contains("软件", "互联网", "人工智能")
                .doesNotContain("軟體", "網際網路", "人工智慧");
        assertThat(mainland.lines().count()).isEqualTo(taiwan.lines().count());
        assertThat(new ScriptDetector().detect(mainland).script()).isEqualTo(Script.SIMPLIFIED);
    }
}
