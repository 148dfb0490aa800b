package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.glossary.TermFinder;

/** English word forms the Porter stemmer leaves apart still find their Chinese translation. */
class MorphologyTest {

    /** What matched between one Chinese and one English sentence. */
    private static List<Evidence> evidence(String zh, String en) {
        Profiler profiler = new Profiler(CedictDictionary.standard(), TermFinder.NONE);
        Profiler.Profiles profiles = profiler.both(Sentences.of(en), Sentences.of(zh));
        ZhProfile[] z = profiles.chinese();
        EnProfile[] e = profiles.english();
        return new BeadScorer(z, e, new LinkTable(z, e), AlignParameters.defaults()).explain(0, 1, 0, 1);
    }

    @Test
    void irregularPastTensesMatchTheBaseFormOfTheGloss() {
        assertThat(evidence("她挑选了留下来，并且建造了一座新房子。", "She chose to stay and built a new house."))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.zh().equals("挑选") && e.en().equals("chose"))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.zh().equals("建造") && e.en().equals("built"));
    }

    @Test
    void irregularPluralsMatchTheSingularOfTheGloss() {
        assertThat(evidence("这些妇女带着孩子们离开了。", "These women went away with their children."))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.zh().equals("妇女") && e.en().equals("women"))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.en().equals("children"));
    }

    @Test
    void wordsOfOneFamilyMatchWhereTheirStemsDiffer() {
        // 自动 is glossed "automatic" (stem automat), "automated" stems to autom.
        assertThat(evidence("这个工厂几乎完全是自动的。", "The factory is almost fully automated."))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.zh().equals("自动") && e.en().equals("automated"));
        // 女权主义 is glossed "feminism" (femin), "feminist" keeps its ending.
        assertThat(evidence("她说自己是一个坚定的女权主义者。", "She calls herself a committed feminist."))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.en().equals("feminist"));
    }

    @Test
    void aSpokenYeahMeetsTheYesOfTheGloss() {
        assertThat(evidence("是的。", "Yeah."))
                .anyMatch(e -> e.kind() == EvidenceKind.LEXICAL && e.zh().equals("是的") && e.en().equals("Yeah"));
    }

    @Test
    void onlyDerivationalEndingsMakeAFamily() {
        assertThat(WordFamilies.related("autom", "automat")).isTrue();
        assertThat(WordFamilies.related("music", "musician")).isTrue();
        assertThat(WordFamilies.related("class", "classic")).isFalse();
        assertThat(WordFamilies.related("water", "waterloo")).isFalse();
        assertThat(WordFamilies.related("plane", "planet")).isFalse();
        assertThat(WordFamilies.related("art", "artist")).as("roots shorter than five letters").isFalse();
    }

    @Test
    void textFormsAreMappedButTheGlossesKeepTheirWords() {
        EnglishWords words = new EnglishWords();
        assertThat(words.textStemOrNull("chose")).isEqualTo(words.stemOrNull("choose"));
        assertThat(words.textStemOrNull("women")).isEqualTo(words.stemOrNull("woman"));
        assertThat(words.glossStemOrNull("children")).isEqualTo(words.stemOrNull("child"));
        // A gloss "to found (a company)" is not the past tense of find.
        assertThat(words.textStemOrNull("found")).isEqualTo(words.stemOrNull("find"));
        assertThat(words.glossStemOrNull("found")).isNotEqualTo(words.stemOrNull("find"));
        assertThat(words.textStemOrNull("left")).isEqualTo(words.stemOrNull("left"));
    }
}
