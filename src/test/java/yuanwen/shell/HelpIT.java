package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** help, help COMMAND and COMMAND --help: the same page, readable, in the same order every run. */
class HelpIT {

    @Test
    void helpCommandAndDashDashHelpPrintTheSamePage() throws Exception {
        YuanwenProcess.Result help = YuanwenProcess.run("help", "convert");
        YuanwenProcess.Result dashes = YuanwenProcess.run("convert", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(dashes.stdout()).isEqualTo(help.stdout());
        assertThat(help.stdout()).contains("Usage:\n  convert [--config NAME", "Options:\n",
                "--config, -c NAME", "--in, -i FILE|FOLDER|-", "Examples:\n");
        // one option a line, not run together as Spring Shell's help printed them
        assertThat(help.stdout()).doesNotContain("String--");
    }

    @Test
    void aSubCommandsPageHasItsPositionalArguments() throws Exception {
        YuanwenProcess.Result show = YuanwenProcess.run("help", "pairs", "show");
        YuanwenProcess.Result list = YuanwenProcess.run("pairs", "list", "-h");

        assertThat(show.stdout()).startsWith("pairs show - ").contains("Usage:\n  pairs show NAME PAIR-ID\n");
        assertThat(list.stdout()).contains("--limit N", "--status", "(default 50; 0 for all)");
    }

    @Test
    void theOverviewGroupsTheCommandsInAFixedOrder() throws Exception {
        String first = YuanwenProcess.run("help").stdout();
        String again = YuanwenProcess.run("--help").stdout();

        assertThat(again).isEqualTo(first);
        assertThat(first.indexOf("\nScript\n")).isLessThan(first.indexOf("\nAlign\n"));
        assertThat(first.indexOf("\nAlign\n")).isLessThan(first.indexOf("\nPairs\n"));
        assertThat(first.indexOf("  pairs accept")).isLessThan(first.indexOf("  pairs show"));
        assertThat(first).contains("help COMMAND (or COMMAND --help)");
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() throws Exception {
        YuanwenProcess.Result result = YuanwenProcess.run("help", "algn");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("did you mean 'align'");
    }
}
