package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glossary suggest} and {@code glossary override} of the packaged jar, on an invented
 * interview aligned in a temporary workspace.
 */
class GlossarySuggestCommandIT {

    private static final String ZH = """
            # 潮汐的女儿

            米兰达创办了一家研究潮汐能的公司。她说，Zephyr 是第一台能在风暴中工作的涡轮机。
            米兰达认为潮汐能比风能更稳定。去年，Zephyr 在北海发电三个月。
            投资者问米兰达，潮汐能什么时候能便宜下来。她回答说，Zephyr 的第二代会便宜一半。
            霍尔特在爱丁堡长大。霍尔特的父亲是渔民。霍尔特说，大海教会了她耐心。
            """;
    private static final String EN = """
            Miranda founded a company that studies tidal power. She says Zephyr is the first turbine that works in a storm.
            Miranda thinks tidal power is steadier than wind. Last year Zephyr ran in the North Sea for three months.
            Investors asked Miranda when tidal power would get cheap. She answered that the second Zephyr would cost half as much.
            Holt grew up in Edinburgh. Holt's father was a fisherman. Holt says the sea taught her patience.
            """;

    @TempDir
    Path dir;

    private YuanwenProcess.Result yuanwen(String... args) throws Exception {
        return YuanwenProcess.runIn(YuanwenProcess.workspace(dir), null, args);
    }

    @Test
    void suggestionsFromAnAlignmentAreAcceptedAsUnreviewedEntries() throws Exception {
        Files.writeString(dir.resolve("tide.zh.md"), ZH);
        Files.writeString(dir.resolve("tide.en.txt"), EN);
        YuanwenProcess.Result aligned = yuanwen("align", "--zh", "tide.zh.md", "--en", "tide.en.txt", "--name", "tide",
                "--glossary", "none");
        assertThat(aligned.exitCode()).as(aligned.stderr()).isZero();

        YuanwenProcess.Result suggested = yuanwen("glossary", "suggest", "tide", "--glossary", "mined.json");
        assertThat(suggested.exitCode()).as(suggested.stderr()).isZero();
        assertThat(suggested.stdout()).contains("Zephyr ↔ Zephyr  (kept in Latin; 3 pairs", "米兰达 ↔ Miranda",
                "suggestions from aligned/tide.json");
        String zephyr = suggested.stdout().lines().filter(l -> l.contains("Zephyr ↔")).findFirst().orElseThrow();
        String id = zephyr.substring(0, zephyr.indexOf(' '));

        YuanwenProcess.Result accepted = yuanwen("glossary", "suggest", "tide", "--accept", id, "--glossary", "mined.json");
        assertThat(accepted.exitCode()).as(accepted.stderr()).isZero();
        assertThat(accepted.stdout()).contains("added 1 of 1 suggestions to mined.json");
        YuanwenProcess.Result listed = yuanwen("glossary", "list", "--unreviewed", "--glossary", "mined.json");
        assertThat(listed.stdout()).contains("product.zephyr\tZephyr\tZephyr\taligned/tide.json p", "1 entry");

        YuanwenProcess.Result again = yuanwen("glossary", "suggest", "tide", "--glossary", "mined.json");
        assertThat(again.stdout()).doesNotContain("Zephyr ↔");
        YuanwenProcess.Result realigned = yuanwen("align", "--zh", "tide.zh.md", "--en", "tide.en.txt", "--name", "tide",
                "--glossary", "mined.json");
        assertThat(realigned.stdout()).containsPattern("\\d+ of \\d+ pairs changed since the previous run");
    }

    @Test
    void anUnknownSuggestionIsBadInputAndChangesNothing() throws Exception {
        Files.writeString(dir.resolve("tide.zh.md"), ZH);
        Files.writeString(dir.resolve("tide.en.txt"), EN);
        yuanwen("align", "--zh", "tide.zh.md", "--en", "tide.en.txt", "--name", "tide", "--glossary", "none");

        YuanwenProcess.Result result = yuanwen("glossary", "suggest", "tide", "--accept", "S99", "--glossary", "mined.json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("no suggestion S99").doesNotContain("Exception");
        assertThat(dir.resolve("mined.json")).doesNotExist();
    }

    @Test
    void overridesSetByCommandFixTheConversionAndComeOffAgain() throws Exception {
        String taiwan = "這個指標顯示，使用者喜歡和客服互動。";
        YuanwenProcess.Result plain = yuanwen("convert", "--config", "tw2sp", "--glossary", "none", taiwan);
        assertThat(plain.stdout()).contains("指针", "交互");

        assertThat(yuanwen("glossary", "override", "指标", "--taiwan", "指標", "--en", "metric", "--glossary", "g.json")
                .exitCode()).isZero();
        assertThat(yuanwen("glossary", "override", "互动", "--taiwan", "互動", "--en", "interaction", "--glossary", "g.json")
                .exitCode()).isZero();
        YuanwenProcess.Result fixed = yuanwen("convert", "--config", "tw2sp", "--glossary", "g.json", taiwan);

        assertThat(fixed.stdout()).isEqualTo(plain.stdout().replace("指针", "指标").replace("交互", "互动"));
        assertThat(Files.readString(dir.resolve("g.json"))).contains("{ \"form\": \"指标\", \"status\": \"preferred\", \"taiwan\": \"指標\" }");
        assertThat(yuanwen("glossary", "override", "指标", "--remove", "--glossary", "g.json").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("g.json"))).contains("{ \"form\": \"指标\", \"status\": \"preferred\" }");
    }
}
