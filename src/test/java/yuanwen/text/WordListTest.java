package yuanwen.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void oneEntryPerLineWithoutCommentsBlanksOrSurroundingSpace() {
        String list = "# words that look like numbers\n一些\n\n  十分  \n#千万\r\n万一\r\n";

        assertThat(WordList.parse(list)).containsExactly("一些", "十分", "万一");
    }

    @Test
    void aHashAfterWhiteSpaceStartsAComment() {
        assertThat(WordList.parse("wrote write   # past tense\nbegan begin\t# too\n"))
                .containsExactly("wrote write", "began begin");
    }

    @Test
    void aHashInsideAnEntryIsPartOfIt() {
        assertThat(WordList.parse("C#\nF# minor\n")).containsExactly("C#", "F# minor");
    }

    @Test
    void wordsSplitsEntriesOfSeveralWords() {
        assertThat(WordList.words(WordList.class, "/yuanwen/align/function-words.zh.txt"))
                .contains("的", "了")
                .allSatisfy(word -> assertThat(word).doesNotContain(" ", "#"));
    }

    @Test
    void aMissingListIsABuildFaultNamingTheResource() {
        assertThatThrownBy(() -> WordList.lines(WordList.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("yuanwen/text/no-such-list.txt missing from this build");
    }
}
