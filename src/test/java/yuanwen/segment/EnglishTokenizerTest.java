package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class EnglishTokenizerTest {

    private final EnglishTokenizer tokenizer = new EnglishTokenizer();

    @Test
    void splitsPunctuationFromWords() {
        assertThat(tokenizer.tokenize("Azure went from $1 billion to $66 billion, right?"))
                .containsExactly("Azure", "went", "from", "$", "1", "billion", "to", "$", "66", "billion", ",",
                        "right", "?");
    }

    @Test
    void keepsContractionsWhole() {
        assertThat(tokenizer.tokenize("I don't know.")).containsExactly("I", "don't", "know", ".");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "It's the cloud.";
        Span[] spans = tokenizer.tokenSpans(text);
        assertThat(spans).isNotEmpty();
        assertThat(spans[0].getCoveredText(text).toString()).isEqualTo("It's");
        assertThat(spans[spans.length - 1].getCoveredText(text).toString()).isEqualTo(".");
    }
}
