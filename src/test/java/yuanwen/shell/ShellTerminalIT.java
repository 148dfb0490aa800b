package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static yuanwen.shell.Tmux.seconds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;

/**
 * The interactive shell in a pseudo-terminal (tmux), as a person uses it: Ctrl-C clears the line or
 * cancels a running align (which then writes nothing), apostrophes in free text are letters, Tab
 * completes values, names and ids, and exit or Ctrl-D leave.
 */
class ShellTerminalIT {

    private static final String PROMPT = "yuanwen> ";

    @TempDir
    Path dir;

    @BeforeEach
    void aWorkspaceWithTheBakeryInterview() throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        YuanwenProcess.workspace(dir);
        Files.copy(Fixtures.resource("/yuanwen/review/bakery.zh.md"), dir.resolve("bakery.zh.md"));
        Files.copy(Fixtures.resource("/yuanwen/review/bakery.en.txt"), dir.resolve("bakery.en.txt"));
        YuanwenProcess.Result aligned = YuanwenProcess.runIn(dir, null, "align", "--zh", "bakery.zh.md", "--en",
                "bakery.en.txt", "--name", "bakery", "--glossary", "none");
        assertThat(aligned.exitCode()).as(aligned.stderr()).isZero();
    }

    @Test
    void ctrlCAtThePromptClearsTheLineAndTheShellGoesOn() throws Exception {
        try (Tmux shell = new Tmux(dir)) {
            shell.waitFor(PROMPT, 1, seconds(90));
            shell.type("convert --config s2t 这一行不会运行");
            shell.press("C-c");
            shell.waitFor(PROMPT, 2, seconds(20)); // the line is left behind, a fresh prompt under it
            shell.type("convert --config s2t 软件");
            shell.press("Enter");
            String screen = shell.waitFor("軟件", 1, seconds(60));

            assertThat(screen).doesNotContain("這一行不會運行");
            assertThat(shell.alive()).isTrue();
            shell.type("exit");
            shell.press("Enter");
            waitUntilEnded(shell);
        }
    }

    @Test
    void anApostropheInASearchIsALetterNotAnOpenQuote() throws Exception {
        try (Tmux shell = new Tmux(dir)) {
            shell.waitFor(PROMPT, 1, seconds(90));
            shell.type("pairs search bakery don't");
            shell.press("Enter");
            String screen = shell.waitFor("pairs match", 1, seconds(60));

            assertThat(screen).doesNotContain("quote>").doesNotContain("unclosed");
            assertThat(screen).containsPattern("\\d+ pairs match");
            // the shell took the next command as a command, not as more of a quotation
            shell.type("convert --config s2t 软件");
            shell.press("Enter");
            shell.waitFor("軟件", 1, seconds(60));
            shell.press("C-d");
            waitUntilEnded(shell);
        }
    }

    @Test
    void ctrlCCancelsARunningAlignWhichWritesNothing() throws Exception {
        // Long enough to be caught running: a few thousand invented sentences a side.
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 1; i <= 6000; i++) {
            zh.append(String.format(Locale.ROOT, "第%d天，面包师烤了%d个面包，卖给了%d位客人。\n", i, i * 3 % 97 + 5, i % 41 + 2));
            en.append(String.format(Locale.ROOT, "On day %d the baker baked %d loaves and sold them to %d customers.\n",
                    i, i * 3 % 97 + 5, i % 41 + 2));
        }
        Files.writeString(dir.resolve("long.zh.txt"), zh, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("long.en.txt"), en, StandardCharsets.UTF_8);

        try (Tmux shell = new Tmux(dir)) {
            shell.waitFor(PROMPT, 1, seconds(90));
            shell.type("align --zh long.zh.txt --en long.en.txt --name long --glossary none");
            shell.press("Enter");
            shell.waitFor("align:", 1, seconds(120)); // its progress lines: it is running
            shell.press("C-c");
            String screen = shell.waitFor("cancelled", 1, seconds(60));
            shell.waitFor(PROMPT, 2, seconds(30));

            assertThat(screen).doesNotContain("long.json: ");
            assertThat(dir.resolve("aligned/long.json")).doesNotExist();
            assertThat(shell.alive()).isTrue();
            shell.type("exit");
            shell.press("Enter");
            waitUntilEnded(shell);
        }
        try (var files = Files.list(dir.resolve("aligned"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("long"));
        }
    }

    @Test
    void tabCompletesConversionsAlignmentNamesAndPairIds() throws Exception {
        try (Tmux shell = new Tmux(dir)) {
            shell.waitFor(PROMPT, 1, seconds(90));
            shell.type("convert --config tw");
            shell.press("Tab", "Tab");
            String conversions = shell.waitFor("tw2sp", 1, seconds(20));
            assertThat(conversions).contains("tw2s", "tw2t");
            shell.press("C-c");
            shell.waitFor(PROMPT, 2, seconds(20)); // a fresh prompt before typing on

            shell.type("pairs show bak");
            shell.press("Tab");
            shell.waitFor("pairs show bakery ", 1, seconds(20));
            shell.type("p1");
            shell.press("Tab", "Tab");
            String ids = shell.waitFor("p10", 1, seconds(20));
            assertThat(ids).contains("p11", "p12");
            shell.press("C-c");
            shell.waitFor(PROMPT, 3, seconds(20));

            shell.type("pairs export bakery --format t");
            shell.press("Tab", "Tab");
            String formats = shell.waitFor("tsv", 1, seconds(20));
            assertThat(formats).contains("tmx");
            shell.press("C-c");
            shell.waitFor(PROMPT, 4, seconds(20));
            shell.press("C-d");
            waitUntilEnded(shell);
        }
    }

    private static void waitUntilEnded(Tmux shell) throws Exception {
        for (int i = 0; i < 100 && shell.alive(); i++) {
            Thread.sleep(100);
        }
        assertThat(shell.alive()).as("the shell left").isFalse();
    }
}
