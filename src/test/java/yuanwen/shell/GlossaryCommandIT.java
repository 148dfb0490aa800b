package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.SharedData;

/** The glossary commands of the packaged jar, each on a temporary copy of the shipped glossary. */
class GlossaryCommandIT {

    @TempDir
    Path dir;

    Path glossary;

    @BeforeEach
    void copyTheGlossary() throws Exception {
        glossary = dir.resolve("glossary.json");
        Files.copy(Path.of("glossary", "glossary.json"), glossary);
    }

    private YuanwenProcess.Result glossary(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "glossary";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--glossary";
        all[args.length + 2] = glossary.toString();
        return YuanwenProcess.run(all);
    }

    @Test
    void addThenListAsJsonShowsTheEntry() throws Exception {
        YuanwenProcess.Result added = glossary("add", "--zh", "范冰冰", "--zh-variant", "冰冰", "--zh-variant", "范爷",
                "--en", "Fan Bingbing", "--type", "person", "--note", "Actress.");

        assertThat(added.exitCode()).as(added.stderr()).isZero();
        assertThat(added.stdout()).contains("added person.fan-bingbing");
        YuanwenProcess.Result listed = glossary("list", "--type", "person", "--json");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.stdout()).startsWith("[").contains("\"id\": \"person.fan-bingbing\"",
                "{ \"form\": \"范爷\", \"status\": \"admitted\" }").doesNotContain("\"type\": \"term\"");
        assertThat(Files.readString(dir.resolve("glossary.json.bak")))
                .isEqualTo(Files.readString(Path.of("glossary", "glossary.json")));
    }

    @Test
    void addRefusesAConflictingDuplicateAndNamesTheEntry() throws Exception {
        String before = Files.readString(glossary);

        YuanwenProcess.Result result = glossary("add", "--zh", "贝索斯", "--en", "Bezos the Younger", "--type", "person");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("person.jeff-bezos", "贝索斯").doesNotContain("Exception");
        assertThat(Files.readString(glossary)).isEqualTo(before);
    }

    @Test
    void checkReportsTheTwoSpellingsOfBezos() throws Exception {
        YuanwenProcess.Result result = glossary("check", SharedData.seed(0).toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("two spellings: person.jeff-bezos", "贝佐斯 ×2");
    }

    @Test
    void malformedJsonExitsWithOneAndNamesLineAndColumn() throws Exception {
        Files.writeString(glossary, "{\n  \"schemaVersion\": 1,\n  \"entries\": [ oops ]\n}\n");

        YuanwenProcess.Result result = glossary("list");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).startsWith("yuanwen: " + glossary + ":3:").contains("malformed JSON")
                .doesNotContain("\tat ");
    }

    @Test
    void editShowAndRemove() throws Exception {
        assertThat(glossary("edit", "person.jeff-bezos", "--prefer", "贝索斯").exitCode()).isZero();

        YuanwenProcess.Result shown = glossary("show", "person.jeff-bezos");
        assertThat(shown.stdout()).contains("zh preferred  贝索斯", "traditional 貝索斯");
        assertThat(glossary("remove", "person.jeff-bezos").exitCode()).isZero();
        YuanwenProcess.Result gone = glossary("show", "person.jeff-bezos");
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.stderr()).contains("no entry person.jeff-bezos");
    }

    @Test
    void exportAndImportTbx() throws Exception {
        Path tbx = dir.resolve("out.tbx");
        assertThat(glossary("export", tbx.toString(), "--format", "tbx").stdout()).contains("exported 459 entries");

        YuanwenProcess.Result imported = glossary("import", tbx.toString());

        assertThat(imported.exitCode()).as(imported.stderr()).isZero();
        assertThat(imported.stdout()).contains("imported 0 entries", "459 were already there");
    }
}
