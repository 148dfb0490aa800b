package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import yuanwen.batch.BatchCorpus;
import yuanwen.text.Json;

/**
 * {@code align --manifest} and {@code pairs export --all} of the packaged jar, as a script runs
 * them (no terminal: no progress bar), on the batch test collection with its three bad pairs.
 */
class BatchCommandIT {

    @TempDir
    Path dir;

    private YuanwenProcess.Result run(String... args) throws Exception {
        return YuanwenProcess.runIn(YuanwenProcess.workspace(dir), null, args);
    }

    @Test
    void alignsTheGoodPairsReportsEachBadOneOnItsLineAndFails() throws Exception {
        BatchCorpus.layOut(dir);

        YuanwenProcess.Result result = run("align", "--manifest", "manifest.tsv", "--jobs", "2", "--glossary", "none");

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
        List<String> errors = result.stderr().lines().toList();
        assertThat(errors).containsExactlyInAnyOrder(
                "align: missing (manifest.tsv line 4) failed: texts/missing.zh.md: no such file",
                "align: broken (manifest.tsv line 6) failed: texts/broken.zh.txt: undecodable bytes at offset 36"
                        + " (not UTF-8, UTF-16, GB18030 or Big5)",
                "align: swapped (manifest.tsv line 7) failed: texts/bakery.en.txt: is English, not Chinese: give the"
                        + " Chinese article as --zh and its English source as --en",
                "yuanwen: 3 of 6 pairs failed (each is named above; the others are done)");
        List<String> table = result.stdout().lines().toList();
        assertThat(table.get(0)).matches("name\\s+status\\s+zh\\s+en\\s+pairs\\s+zh alone\\s+en alone\\s+seconds");
        assertThat(table).anyMatch(line -> line.matches("bakery\\s+aligned\\s+\\d+\\s+\\d+\\s+19\\s.*"));
        assertThat(table).anyMatch(line -> line.matches("missing\\s+failed\\s+-\\s+-\\s+-.*"));
        assertThat(table.get(table.size() - 1)).startsWith("6 pairs: 3 aligned, 0 unchanged, 3 failed;");
        for (String name : BatchCorpus.GOOD) {
            assertThat(dir.resolve("aligned").resolve(name + ".json")).exists();
        }
    }

    @Test
    void aSecondRunSkipsWhatIsUnchangedAndSucceedsWhenEveryPairDoes() throws Exception {
        BatchCorpus.layOut(dir);
        Files.writeString(dir.resolve("good.csv"), "zh,en,name\ntexts/bakery.zh.md,texts/bakery.en.txt,bakery\n"
                + "texts/interview.zh.md,texts/interview.en.txt,interview\n");
        YuanwenProcess.Result first = run("align", "--manifest", "good.csv", "--glossary", "none");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stderr()).isEmpty();

        YuanwenProcess.Result second = run("align", "--manifest", "good.csv", "--glossary", "none");
        assertThat(second.exitCode()).isZero();
        assertThat(second.stdout()).contains("2 pairs: 0 aligned, 2 unchanged, 0 failed");

        YuanwenProcess.Result forced = run("align", "--manifest", "good.csv", "--glossary", "none", "--force");
        assertThat(forced.stdout()).contains("2 pairs: 2 aligned, 0 unchanged, 0 failed");
    }

    @Test
    void exportsEveryAlignmentAsOneCorpus() throws Exception {
        BatchCorpus.layOut(dir);
        run("align", "--manifest", "manifest.tsv", "--glossary", "none");

        YuanwenProcess.Result jsonl = run("pairs", "export", "--all", "--format", "jsonl");
        assertThat(jsonl.exitCode()).as(jsonl.stderr()).isZero();
        List<JsonNode> records = jsonl.stdout().lines().map(Json.MAPPER::readTree).toList();
        assertThat(records).extracting(r -> r.get("name").asString()).containsOnly(BatchCorpus.GOOD.toArray(String[]::new))
                .contains(BatchCorpus.GOOD.toArray(String[]::new));
        assertThat(records).filteredOn(r -> r.get("name").asString().equals("interview-captions"))
                .allMatch(r -> r.get("video").asString().equals(BatchCorpus.VIDEO));

        YuanwenProcess.Result tsv = run("pairs", "export", "bakery", "interview", "--format", "tsv", "--out", "two.tsv");
        assertThat(tsv.exitCode()).as(tsv.stderr()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("two.tsv"));
        assertThat(rows.get(0)).startsWith("name\tid\t");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.substring(0, r.indexOf('\t')))
                .containsOnly("bakery", "interview");

        YuanwenProcess.Result beads = run("pairs", "export", "bakery", "interview", "--format", "beads");
        assertThat(beads.exitCode()).isEqualTo(2);
    }

    @Test
    void aManifestExcludesSingleFilesAndASingleAlignStillNeedsBoth() throws Exception {
        BatchCorpus.layOut(dir);

        YuanwenProcess.Result both = run("align", "--manifest", "manifest.tsv", "--zh", "texts/bakery.zh.md");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).contains("give either --manifest FILE or --zh, --en and --name, not both");

        YuanwenProcess.Result noEnglish = run("align", "--zh", "texts/bakery.zh.md");
        assertThat(noEnglish.exitCode()).isEqualTo(2);
        assertThat(noEnglish.stderr()).contains("missing --en FILE");

        YuanwenProcess.Result noJobs = run("align", "--manifest", "manifest.tsv", "--jobs", "0");
        assertThat(noJobs.exitCode()).isEqualTo(2);
        assertThat(noJobs.stderr()).contains("--jobs must be at least 1");

        Files.writeString(dir.resolve("twice.tsv"), "zh\ten\tname\na\tb\tone\nc\td\tone\n");
        YuanwenProcess.Result twice = run("align", "--manifest", "twice.tsv");
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.stderr().strip()).isEqualTo("yuanwen: twice.tsv:3: the name one is on line 2 too (each pair"
                + " needs its own aligned/NAME.json)");
    }
}
