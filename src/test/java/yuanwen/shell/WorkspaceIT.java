package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace: the shipped glossary is there from any folder; a folder becomes a workspace with
 * init; its own glossary adds to and overrides the shipped one; --workspace and YUANWEN_HOME name
 * one from elsewhere; and nothing is written into a folder that is not one.
 */
class WorkspaceIT {

    @TempDir
    Path dir;

    private static final String INVENTED = """
            {
              "schemaVersion": 1,
              "entries": [
                {
                  "id": "person.lin-xiaoyu",
                  "type": "person",
                  "zh": [{"form": "林晓雨", "status": "preferred"}],
                  "en": [{"form": "Lin Xiaoyu", "status": "preferred"}]
                },
                {
                  "id": "person.jeff-bezos",
                  "type": "person",
                  "zh": [{"form": "杰夫·贝索斯", "status": "preferred"}, {"form": "贝佐斯", "status": "admitted"}],
                  "en": [{"form": "Jeff Bezos", "status": "preferred"}],
                  "note": "the workspace's own version"
                }
              ]
            }
            """;

    private static String[] filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void theShippedGlossaryIsUsedFromAFolderThatIsNoWorkspace() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.runIn(dir, null, "glossary", "search", "贝索斯");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("person.jeff-bezos");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void alignOutsideAWorkspaceSaysHowToMakeOneAndWritesNothing() throws Exception {
        Path zh = dir.resolve("a.zh.md");
        Path en = dir.resolve("a.en.txt");
        Files.writeString(zh, "今天我们谈谈面包。\n", StandardCharsets.UTF_8);
        Files.writeString(en, "Today we talk about bread.\n", StandardCharsets.UTF_8);

        YuanwenProcess.Result result = YuanwenProcess.runIn(dir, null, "align", "--zh", zh.toString(), "--en", en.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("yuanwen init", "--workspace", "YUANWEN_HOME");
        assertThat(filesIn(dir)).containsExactly("a.en.txt", "a.zh.md");
    }

    @Test
    void initMakesAWorkspaceWhoseGlossaryLiesOverTheShippedOne() throws Exception {
        YuanwenProcess.Result init = YuanwenProcess.runIn(dir, null, "init");
        assertThat(init.exitCode()).as(init.stderr()).isZero();
        assertThat(dir.resolve("aligned")).isDirectory();
        assertThat(dir.resolve("glossary")).isDirectory();
        Files.writeString(dir.resolve("glossary/glossary.json"), INVENTED, StandardCharsets.UTF_8);

        YuanwenProcess.Result added = YuanwenProcess.runIn(dir, null, "glossary", "search", "林晓雨");
        YuanwenProcess.Result shipped = YuanwenProcess.runIn(dir, null, "glossary", "search", "Elon Musk");
        YuanwenProcess.Result overridden = YuanwenProcess.runIn(dir, null, "glossary", "show", "person.jeff-bezos");
        YuanwenProcess.Result version = YuanwenProcess.runIn(dir, null, "version");

        assertThat(added.stdout()).contains("person.lin-xiaoyu");
        assertThat(shipped.stdout()).doesNotStartWith("0 entries");
        assertThat(overridden.stdout()).contains("贝佐斯", "the workspace's own version");
        assertThat(version.stdout()).contains("(shipped glossary) + glossary/glossary.json");
    }

    @Test
    void aGlossaryChangeInAWorkspaceWritesOnlyTheUsersEntries() throws Exception {
        YuanwenProcess.runIn(dir, null, "init");

        YuanwenProcess.Result added = YuanwenProcess.runIn(dir, null, "glossary", "add", "--zh", "林晓雨", "--en",
                "Lin Xiaoyu", "--type", "person");
        YuanwenProcess.Result refused = YuanwenProcess.runIn(dir, null, "glossary", "remove", "person.jeff-bezos");

        assertThat(added.exitCode()).as(added.stderr()).isZero();
        String own = Files.readString(dir.resolve("glossary/glossary.json"));
        assertThat(own).contains("person.lin-xiaoyu").doesNotContain("person.jeff-bezos");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr()).contains("shipped glossary", "read-only");
    }

    @Test
    void aWorkspaceElsewhereIsNamedByOptionOrEnvironment() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        YuanwenProcess.runIn(dir, null, "init", home.toString());
        Files.writeString(home.resolve("glossary/glossary.json"), INVENTED, StandardCharsets.UTF_8);

        YuanwenProcess.Result byOption = YuanwenProcess.runIn(elsewhere, null, "--workspace", home.toString(),
                "glossary", "search", "林晓雨");
        YuanwenProcess.Result byEnvironment = YuanwenProcess.runWithEnvironment(elsewhere, Map.of("YUANWEN_HOME", home.toString()),
                null, "version");

        assertThat(byOption.stdout()).contains("person.lin-xiaoyu");
        assertThat(byEnvironment.stdout()).contains("workspace " + home.toRealPath() + " (YUANWEN_HOME)",
                home.toRealPath().resolve("glossary/glossary.json").toString());
        assertThat(filesIn(elsewhere)).isEmpty();
    }

    @Test
    void aMissingWorkspaceFolderIsACommandLineError() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.runIn(dir, null, "--workspace", dir.resolve("nope").toString(),
                "version");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("nope: no such folder");
    }
}
