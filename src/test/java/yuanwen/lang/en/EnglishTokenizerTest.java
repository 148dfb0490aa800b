package yuanwen.lang.en;

import static org.assertj.core.api.Assertions.assertThat;
import static yuanwen.lang.en.EnglishTokenizer.Option.ALPHANUMERIC_RUNS;
import static yuanwen.lang.en.EnglishTokenizer.Option.ANY_LETTERS;
import static yuanwen.lang.en.EnglishTokenizer.Option.DIGITS_IN_WORDS;
import static yuanwen.lang.en.EnglishTokenizer.Option.HYPHENATED_NAMES;
import static yuanwen.lang.en.EnglishTokenizer.Option.HYPHEN_GAPS;
import static yuanwen.lang.en.EnglishTokenizer.Option.TERM_JOINS;
import static yuanwen.lang.en.EnglishTokenizer.Option.THOUSANDS_GROUPS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.lang.en.EnglishTokens.Token;

/**
 * What the one English tokenizer makes of text: spans into the input, the standard policy, and
 * each option a call site asks for by name. Tokens are shown as "kind:text".
 */
class EnglishTokenizerTest {

    private static List<String> shown(EnglishTokenizer tokenizer, String text) {
        List<String> out = new ArrayList<>();
        for (Token token : tokenizer.tokenize(text).list()) {
            out.add(token.kind().name().toLowerCase() + ":" + token.text());
        }
        return out;
    }

    private static List<String> words(EnglishTokenizer tokenizer, String text) {
        EnglishTokens tokens = tokenizer.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == EnglishTokenizer.Kind.WORD) {
                out.add(tokens.text(i));
            }
        }
        return out;
    }

    @Test
    void tokensAreSpansOfTheInputInOrder() {
        String text = "  Azure grew 40% in 2024.";
        EnglishTokens tokens = EnglishTokenizer.standard().tokenize(text);
        assertThat(tokens.size()).isEqualTo(7);
        assertThat(tokens.start(0)).isEqualTo(2);
        assertThat(tokens.end(0)).isEqualTo(7);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.text(i)).isEqualTo(text.substring(tokens.start(i), tokens.end(i)));
            if (i > 0) {
                assertThat(tokens.start(i)).isGreaterThanOrEqualTo(tokens.end(i - 1));
            }
        }
        List<Token> list = tokens.list();
        assertThat(list.get(3).gluedTo(list.get(2))).as("% right after 40").isTrue();
        assertThat(list.get(2).gluedTo(list.get(1))).as("40 after a space").isFalse();
    }

    @Test
    void wordsAreTheTextsOfTheWordTokens() {
        assertThat(EnglishTokenizer.standard().words("/to revise (a text)/CL:個|个[ge4]/"))
                .containsExactly("to", "revise", "a", "text", "CL", "ge");
    }

    @Test
    void standardTokensAreAsciiWordsNumbersWithDecimalsAndOneCharacterSymbols() {
        assertThat(shown(EnglishTokenizer.standard(), "He paid $2.5 for it, twice."))
                .containsExactly("word:He", "word:paid", "symbol:$", "number:2.5", "word:for", "word:it", "symbol:,",
                        "word:twice", "symbol:.");
        assertThat(shown(EnglishTokenizer.standard(), "1,000 GPT4"))
                .as("no thousands groups and no digits in words unless asked")
                .containsExactly("number:1", "symbol:,", "number:000", "word:GPT", "number:4");
    }

    @Test
    void whiteSpaceOfEveryKindSeparatesTokensAndIsNeverOne() {
        assertThat(shown(EnglishTokenizer.standard(), "five\tthin\u2009ideographic\u3000end\n"))
                .containsExactly("word:five", "word:thin", "word:ideographic", "word:end");
        assertThat(shown(EnglishTokenizer.standard(), "5\u00A0million"))
                .as("a no-break space is a symbol unless HYPHEN_GAPS")
                .containsExactly("number:5", "symbol:\u00A0", "word:million");
    }

    @Test
    void apostrophesSplitStandardWordsAndJoinTermWords() {
        assertThat(shown(EnglishTokenizer.standard(), "don't stop’"))
                .containsExactly("word:don", "symbol:'", "word:t", "word:stop", "symbol:’");
        assertThat(words(EnglishTokenizer.with(TERM_JOINS), "don't, Bezos’s ’tis"))
                .as("an apostrophe joins only between two parts")
                .containsExactly("don't", "Bezos’s", "tis");
    }

    @Test
    void nonAsciiLettersAreSymbolsUnlessAnyLetters() {
        assertThat(shown(EnglishTokenizer.standard(), "café Zürich"))
                .containsExactly("word:caf", "symbol:é", "word:Z", "symbol:ü", "word:rich");
        assertThat(shown(EnglishTokenizer.with(ANY_LETTERS), "café Zürich ٣"))
                .containsExactly("word:café", "word:Zürich", "number:٣");
    }

    @Test
    void supplementaryCharactersAreOneSymbolEvenWithAnyLetters() {
        String text = "\uD840\uDC00GPT 🌟";
        assertThat(shown(EnglishTokenizer.with(ANY_LETTERS, ALPHANUMERIC_RUNS), text))
                .containsExactly("symbol:\uD840\uDC00", "word:GPT", "symbol:🌟");
    }

    @Test
    void thousandsGroupsMakeOneNumberOnlyWhenEveryGroupHasThreeDigits() {
        EnglishTokenizer numbers = EnglishTokenizer.with(THOUSANDS_GROUPS);
        assertThat(shown(numbers, "1,000,000.5 people"))
                .containsExactly("number:1,000,000.5", "word:people");
        assertThat(shown(numbers, "1,2345")).containsExactly("number:1", "symbol:,", "number:2345");
        assertThat(shown(numbers, "12,345,6789")).containsExactly("number:12,345", "symbol:,", "number:6789");
        assertThat(shown(numbers, "1234,567")).containsExactly("number:1234", "symbol:,", "number:567");
        assertThat(shown(numbers, "1,000.")).containsExactly("number:1,000", "symbol:.");
    }

    @Test
    void digitsInWordsContinueAWordBegunByALetter() {
        assertThat(shown(EnglishTokenizer.with(DIGITS_IN_WORDS), "GPT4 H100 4x x86"))
                .containsExactly("word:GPT4", "word:H100", "number:4", "word:x", "word:x86");
    }

    @Test
    void alphanumericRunsLetADigitLeadAndAreNumbersWithoutALetter() {
        assertThat(shown(EnglishTokenizer.with(ALPHANUMERIC_RUNS), "3D打印和5G，2024年 3.5"))
                .containsExactly("word:3D", "symbol:打", "symbol:印", "symbol:和", "word:5G", "symbol:，",
                        "number:2024", "symbol:年", "number:3", "symbol:.", "number:5");
    }

    @Test
    void hyphenGapsReadHyphenatedPartsAsSeparateTokens() {
        assertThat(shown(EnglishTokenizer.with(HYPHEN_GAPS), "open-AI co\u2011pilot\u00A0now"))
                .containsExactly("word:open", "word:AI", "word:co", "word:pilot", "word:now");
    }

    @Test
    void hyphenatedNamesJoinACapitalisedWordAndAShortLowerCaseSyllable() {
        EnglishTokenizer aligner = EnglishTokenizer.with(DIGITS_IN_WORDS, HYPHENATED_NAMES);
        assertThat(words(aligner, "Bao-yu met Xi-feng, not Anglo-Saxon or Wi-Fi or Bao-yuans or well-known."))
                .containsExactly("Bao-yu", "met", "Xi-feng", "not", "Anglo", "Saxon", "or", "Wi", "Fi", "or", "Bao",
                        "yuans", "or", "well", "known");
    }

    @Test
    void termJoinsKeepCPlusPlusCSharpAbbreviationsAndVersions() {
        assertThat(words(EnglishTokenizer.with(TERM_JOINS), "C++ and C# in the U.S. with GPT-4, e-mail, 3.5 and +5"))
                .containsExactly("C++", "and", "C#", "in", "the", "U.S", "with", "GPT-4", "e-mail", "and");
        assertThat(shown(EnglishTokenizer.with(TERM_JOINS), "3.5 +5"))
                .as("a term word without a letter is a number; + does not start one")
                .containsExactly("number:3.5", "symbol:+", "number:5");
    }

    @Test
    void gapsGivenByTheCallerCutTokensWhereTheyBegin() {
        String text = "Azure2024 and Bao-yu";
        boolean[] taken = new boolean[text.length()];
        for (int i = 5; i < 9; i++) {
            taken[i] = true; // "2024", read by the caller as a number
        }
        taken[text.indexOf("yu")] = true;
        EnglishTokens tokens = EnglishTokenizer.with(DIGITS_IN_WORDS, HYPHENATED_NAMES).tokenize(text, taken);
        List<String> read = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            read.add(tokens.text(i));
        }
        assertThat(read).containsExactly("Azure", "and", "Bao", "-", "u");
    }

    @Test
    void asciiLetterIsTheOneDefinitionOfAnEnglishLetter() {
        assertThat("azAZ".chars().allMatch(c -> EnglishTokenizer.isAsciiLetter((char) c))).isTrue();
        assertThat("é0_@[`{".chars().anyMatch(c -> EnglishTokenizer.isAsciiLetter((char) c))).isFalse();
        assertThat(EnglishTokenizer.isAsciiLetterOrDigit('7')).isTrue();
        assertThat(EnglishTokenizer.isAsciiLetterOrDigit('７')).as("fullwidth digit").isFalse();
    }
}
