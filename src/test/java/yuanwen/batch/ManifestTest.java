package yuanwen.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.batch.Manifest.Entry;
import yuanwen.text.BadInputException;

/** The manifest of {@code align --manifest}: TSV or CSV with a header, paths relative to it. */
class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void readsATsvWithPathsRelativeToTheManifestsFolder() throws Exception {
        Path file = dir.resolve("season").resolve("list.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                zh\ten\tname\tvideo
                # episode 1 is not translated yet
                zh/ep2.md\ten/ep2.vtt\tep2\thttps://example.org/watch?v=ep2&t=1
                /data/ep3.md\ts3a://bucket/ep3.srt\tep3\t

                """);

        Manifest manifest = Manifest.read(file, false);

        assertThat(manifest.entries()).containsExactly(
                new Entry(3, "ep2", file.getParent() + "/zh/ep2.md", file.getParent() + "/en/ep2.vtt",
                        "https://example.org/watch?v=ep2&t=1", false),
                new Entry(4, "ep3", "/data/ep3.md", "s3a://bucket/ep3.srt", null, false));
    }

    @Test
    void readsACsvWithQuotedFieldsColumnsInAnyOrderAndAByteOrderMark() {
        String csv = "\uFEFFname,en,zh,pre-split\n"
                + "talk-1,\"talks/one, the first.en.txt\",talks/one.zh.txt,yes\n"
                + "talk-2,talks/two.en.txt,talks/two.zh.txt,\n";

        Manifest manifest = Manifest.parse(csv, "corpus/talks.csv", false);

        assertThat(manifest.entries()).extracting(Entry::en)
                .containsExactly("corpus/talks/one, the first.en.txt", "corpus/talks/two.en.txt");
        assertThat(manifest.entries()).extracting(Entry::preSplit).containsExactly(true, false);
        assertThat(Manifest.parse(csv, "talks.csv", true).entries()).extracting(Entry::preSplit)
                .as("an empty pre-split takes the command's --pre-split").containsExactly(true, true);
        assertThat(Manifest.parse(csv, "talks.csv", true).entries().get(0).zh()).isEqualTo("talks/one.zh.txt");
    }

    @Test
    void tellsTsvFromCsvByTheHeaderWhenTheNameSaysNeither() {
        Manifest tabs = Manifest.parse("zh\ten\tname\na, b.md\tc.txt\tx\n", "pairs.list", false);
        Manifest commas = Manifest.parse("zh,en,name\na.md,c.txt,x\n", "pairs.list", false);

        assertThat(tabs.entries().get(0).zh()).isEqualTo("a, b.md");
        assertThat(commas.entries().get(0).en()).isEqualTo("c.txt");
    }

    @Test
    void refusesAManifestThatIsWrongAsAWholeWithItsLine() {
        assertThatThrownBy(() -> Manifest.parse("zh\ten\n", "m.tsv", false)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("m.tsv:1: the header has no name column");
        assertThatThrownBy(() -> Manifest.parse("zh\ten\tname\ttitle\n", "m.tsv", false))
                .hasMessageStartingWith("m.tsv:1: unknown column 'title'");
        assertThatThrownBy(() -> Manifest.parse("zh\ten\tname\na\tb\tone\nc\td\tone\n", "m.tsv", false))
                .hasMessageStartingWith("m.tsv:3: the name one is on line 2 too");
        assertThatThrownBy(() -> Manifest.parse("zh\ten\tname\na\t\tone\n", "m.tsv", false))
                .hasMessageStartingWith("m.tsv:2: no en");
        assertThatThrownBy(() -> Manifest.parse("zh\ten\tname\na\tb\t../up\n", "m.tsv", false))
                .hasMessageStartingWith("m.tsv:2: alignment name '../up' must be");
        assertThatThrownBy(() -> Manifest.parse("zh\ten\tname\tpre-split\na\tb\tc\tsometimes\n", "m.tsv", false))
                .hasMessageStartingWith("m.tsv:2: pre-split is yes or no");
        assertThatThrownBy(() -> Manifest.parse("\n# nothing\n", "m.tsv", false))
                .hasMessageStartingWith("m.tsv: is empty");
    }

    @Test
    void aMissingManifestIsOneLine() {
        Path missing = dir.resolve("none.tsv");
        assertThatThrownBy(() -> Manifest.read(missing, false)).isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void readsAManifestInALegacyEncoding() throws Exception {
        Path file = dir.resolve("list.tsv");
        Files.write(file, "zh\ten\tname\n文章/采访.md\t原文.txt\t采访\n".getBytes("GB18030"));

        Entry entry = Manifest.read(file, false).entries().get(0);

        assertThat(entry.name()).isEqualTo("采访");
        assertThat(entry.zh()).isEqualTo(dir + "/文章/采访.md");
    }
}
