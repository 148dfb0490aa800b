package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a typed line becomes words: Unix quoting where it is meant, prose left as typed. */
class ShellWordsTest {

    @Test
    void quotesAtTheStartOfAWordGroupWordsAsInAUnixShell() {
        assertThat(ShellWords.split("convert --config s2t \"软件 网络\" 'a b'"))
                .containsExactly("convert", "--config", "s2t", "软件 网络", "a b");
        assertThat(ShellWords.split("glossary add --en=\"Jeff Bezos\"")).containsExactly("glossary", "add", "--en=Jeff Bezos");
    }

    @Test
    void anApostropheInsideAWordIsALetter() {
        assertThat(ShellWords.split("pairs search nadella don't bet")).containsExactly("pairs", "search", "nadella",
                "don't", "bet");
        assertThat(ShellWords.split("pairs search x Nadella's \"cloud\"")).containsExactly("pairs", "search", "x",
                "Nadella's", "cloud");
    }

    @Test
    void aQuoteThatIsNeverClosedIsALetterNotAnError() {
        assertThat(ShellWords.split("quote --en a.txt 'tis the season")).containsExactly("quote", "--en", "a.txt",
                "'tis", "the", "season");
        assertThat(ShellWords.split("pairs search x \"open")).containsExactly("pairs", "search", "x", "\"open");
    }

    @Test
    void aBackslashEscapesTheNextCharacter() {
        assertThat(ShellWords.split("convert a\\ b")).containsExactly("convert", "a b");
    }
}
