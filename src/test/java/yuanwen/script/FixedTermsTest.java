package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fixed terms (a glossary's forms) are candidates of OpenCC's longest-match segmentation: the longest
 * candidate at a position wins, a fixed term wins a tie, and a fixed term never cuts a longer
 * dictionary phrase.
 */
class FixedTermsTest {

    private static ScriptConverter conversion(String name, Map<String, String> fixedTerms) {
        return Conversions.standard().get(name).withFixedTerms(fixedTerms);
    }

    /** What OpenCC alone makes of {@code text}, and what it makes with {@code fixedTerms}. */
    private static List<String> plainAndFixed(String config, Map<String, String> fixedTerms, String text) {
        return List.of(Conversions.standard().get(config).convert(text), conversion(config, fixedTerms).convert(text));
    }

    @Test
    void aFixedNameIsWrittenAsGivenWhereOpenccReadsItsCharactersAsWords() {
        // No segmentation phrase starts at 于 here, so OpenCC converts 于和伟 character by character.
        assertThat(plainAndFixed("s2t", Map.of("于和伟", "于和偉"), "于和伟在里面"))
                .containsExactly("於和偉在裏面", "于和偉在裏面");
    }

    @Test
    void aFixedTermLongerThanTheDictionaryPhraseAtItsStartWins() {
        // STPhrases has 于事 → 於事 ("in the matter"); the name 于事成 is one character longer.
        assertThat(plainAndFixed("s2t", Map.of("于事成", "于事成"), "于事成说")).containsExactly("於事成說", "于事成說");
    }

    @Test
    void aFixedTermWinsOverADictionaryPhraseOfTheSameLength() {
        assertThat(plainAndFixed("s2twp", Map.of("布拉德·皮特", "布拉德·彼特"), "布拉德·皮特"))
                .containsExactly("布萊德·彼特", "布拉德·彼特");
    }

    @Test
    void aFixedTermDoesNotCutALongerSegmentationPhrase() {
        // 互联网 written with the characters only, not as Taiwan's 網際網路; 苹果 kept simplified.
        assertThat(plainAndFixed("s2twp", Map.of("互联网", "互聯網"), "互联网络和互联网"))
                .containsExactly("網際網路和網際網路", "網際網路和互聯網");
        assertThat(plainAndFixed("s2t", Map.of("苹果", "苹果"), "苹果干和苹果")).containsExactly("蘋果乾和蘋果", "蘋果乾和苹果");
    }

    @Test
    void aFixedTermDoesNotCutALongerPhraseOfTheFirstConversionStage() {
        // tw2sp segments by TSPhrases, which lacks 快閃記憶體 and 記憶體; TWPhrasesRev has both.
        assertThat(plainAndFixed("tw2sp", Map.of("記憶體", "记忆体"), "記憶體和快閃記憶體"))
                .containsExactly("内存和闪存", "记忆体和闪存");
    }

    @Test
    void aFixedTermMayReachIntoTheNextDictionaryPhrase() {
        // 伟晶岩 (pegmatite) is a segmentation phrase starting inside the name. The name starts first and is
        // taken, as OpenCC takes the earlier of two overlapping phrases of its own; 岩 is then a character.
        assertThat(plainAndFixed("s2t", Map.of("于和伟", "于和偉"), "于和伟晶岩")).containsExactly("於和偉晶岩", "于和偉晶巖");
    }

    @Test
    void theReadmeExamplesHoldWithTheShippedGlossary() {
        // The shipped glossary has 互联网 and 人工智能 (软件 it has not); README: 軟體→软件, 網際網路→互联网, 人工智慧→人工智能.
        assertThat(Steering.SHIPPED_GLOSSARY.converter("tw2sp").convert("軟體和網際網路，人工智慧"))
                .isEqualTo("软件和互联网，人工智能");
        assertThat(Steering.SHIPPED_GLOSSARY.converter("s2twp").convert("软件和互联网，人工智能"))
                .isEqualTo("軟體和網際網路，人工智慧");
    }

    @Test
    void textWithoutFixedTermsConvertsAsWithoutThem() {
        String text = "互联网络、快闪存储器和苹果干，https://例子.cn/软件 里的软件";
        for (String config : Conversions.NAMES) {
            ScriptConverter plain = Conversions.standard().get(config);
            assertThat(plain.withFixedTerms(Map.of("于和伟", "于和偉", "記憶體", "记忆体")).convert(text))
                    .as(config).isEqualTo(plain.convert(text));
        }
    }
}
