package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;

/** pairs list in a terminal: rows fit its width with Chinese counted double, --limit, --status unaligned; export filters. */
class PairsListIT {

    @TempDir
    static Path dir;

    @BeforeAll
    static void alignTheBakeryInterview() throws Exception {
        YuanwenProcess.workspace(dir);
        Files.copy(Fixtures.resource("/yuanwen/review/bakery.zh.md"), dir.resolve("bakery.zh.md"));
        Files.copy(Fixtures.resource("/yuanwen/review/bakery.en.txt"), dir.resolve("bakery.en.txt"));
        YuanwenProcess.Result aligned = run(Map.of(), "align", "--zh", "bakery.zh.md", "--en", "bakery.en.txt",
                "--name", "bakery", "--glossary", "none");
        assertThat(aligned.exitCode()).as(aligned.stderr()).isZero();
    }

    private static YuanwenProcess.Result run(Map<String, String> environment, String... args) throws Exception {
        return YuanwenProcess.runWithEnvironment(dir, environment, null, args);
    }

    private static List<String> pairRows(String stdout) {
        return stdout.lines().filter(l -> l.matches("p\\d+ .*")).toList();
    }

    @Test
    void everyRowFitsTheTerminalWithChineseCountedTwice() throws Exception {
        for (int width : new int[] {80, 120}) {
            YuanwenProcess.Result list = run(Map.of("COLUMNS", String.valueOf(width)), "pairs", "list", "bakery");

            assertThat(list.exitCode()).as(list.stderr()).isZero();
            List<String> rows = pairRows(list.stdout());
            assertThat(rows).hasSizeGreaterThan(10);
            for (String row : rows) {
                assertThat(new AttributedString(row).columnLength()).as(row).isLessThanOrEqualTo(width);
            }
            // the ⇄ between the two texts is at the same column in every row
            assertThat(rows.stream().map(r -> new AttributedString(r.substring(0, r.indexOf('⇄'))).columnLength())
                    .distinct()).hasSize(1);
        }
    }

    @Test
    void limitShowsTheFirstRowsAndSaysHowToSeeAll() throws Exception {
        YuanwenProcess.Result all = run(Map.of(), "pairs", "list", "bakery", "--limit", "0");
        YuanwenProcess.Result three = run(Map.of(), "pairs", "list", "bakery", "--sort", "score", "--limit", "3");

        assertThat(pairRows(three.stdout())).hasSize(3);
        assertThat(three.stdout()).contains("(the first 3; --limit 0 shows all " + pairRows(all.stdout()).size() + ")");
    }

    @Test
    void statusUnalignedListsTheSentencesOfBothSidesThatNoPairCovers() throws Exception {
        YuanwenProcess.Result unaligned = run(Map.of(), "pairs", "list", "bakery", "--status", "unaligned");

        assertThat(unaligned.exitCode()).as(unaligned.stderr()).isZero();
        List<String> rows = unaligned.stdout().lines().filter(l -> l.matches("(zh|en) +\\d+ L\\d+ .*")).toList();
        String summary = unaligned.stdout().lines().filter(l -> l.endsWith("sentences unaligned")).findFirst().orElseThrow();
        int zh = Integer.parseInt(summary.split(" ")[0]);
        int en = Integer.parseInt(summary.split(" ")[3]);
        assertThat(rows).hasSize(zh + en);
        assertThat(zh).isPositive(); // the editor's summary and note have no English
        assertThat(rows.stream().filter(r -> r.startsWith("zh"))).anyMatch(r -> r.contains("编辑部"));
    }

    @Test
    void exportKeepsOnlyThePairsTheFiltersAdmit() throws Exception {
        YuanwenProcess.Result all = run(Map.of(), "pairs", "export", "bakery", "--format", "tsv");
        YuanwenProcess.Result strong = run(Map.of(), "pairs", "export", "bakery", "--format", "tsv", "--min-score", "0.8");
        YuanwenProcess.Result accepted = run(Map.of(), "pairs", "export", "bakery", "--format", "tsv", "--status", "accepted");

        List<String> rows = all.stdout().lines().skip(1).toList();
        List<String> strongRows = strong.stdout().lines().skip(1).toList();
        assertThat(strongRows).hasSizeLessThan(rows.size()).isSubsetOf(rows)
                .allMatch(r -> Double.parseDouble(r.split("\t")[2]) >= 0.8);
        assertThat(accepted.stdout().lines().skip(1)).isEmpty(); // nothing reviewed yet
    }
}
