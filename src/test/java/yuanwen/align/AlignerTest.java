package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.script.Conversions;
import yuanwen.segment.Sentence;

class AlignerTest {

    private final Aligner aligner = new Aligner();
    private final AlignParameters p = AlignParameters.defaults();

    private static final String[] ZH = {
        "微软在2011年推出了Azure云计算平台。",
        "公司的股价上涨了近十倍。",
        "他认为人工智能的竞争将非常激烈，搜索业务也会受到挑战。",
        "我们错过了移动互联网。",
    };

    @Test
    void oneToOne() {
        Alignment a = aligner.align(Sentences.of(ZH), Sentences.of(
                "Microsoft launched the Azure cloud computing platform in 2011.",
                "The share price of the company is up almost ten times.",
                "He thinks competition in artificial intelligence will be fierce, and search will be challenged.",
                "We missed the mobile internet."), p);
        assertThat(a.vecalign()).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n");
        assertThat(a.beads()).allSatisfy(b -> assertThat(b.score()).isBetween(0.3, 1.0));
    }

    @Test
    void oneToTwoAndTwoToOne() {
        Alignment a = aligner.align(Sentences.of(ZH), Sentences.of(
                "Microsoft launched the Azure cloud computing platform in 2011.",
                "The share price of the company is up almost ten times.",
                "He thinks competition in artificial intelligence will be very fierce.",
                "And the search business will be challenged too.",
                "We missed the mobile internet."), p);
        assertThat(a.vecalign()).contains("[2]:[2, 3]");

        Alignment b = aligner.align(Sentences.of(
                "他认为人工智能的竞争将非常激烈。", "搜索业务也会受到挑战。", "我们错过了移动互联网。"), Sentences.of(
                "He thinks competition in artificial intelligence will be very fierce, and search will be challenged.",
                "We missed the mobile internet."), p);
        assertThat(b.vecalign()).isEqualTo("[0, 1]:[0]\n[2]:[1]\n");
    }

    @Test
    void unmatchedChineseAndDroppedEnglishAreOneSided() {
        // As in an interview article: an English passage the translation dropped, which makes the
        // English much longer than the Chinese predicts. (A translator's summary is checked on the
        // real article in RealPairAlignmentTest.)
        Alignment a = aligner.align(Sentences.of(
                "微软在2011年推出了Azure云计算平台。",
                "我们错过了移动互联网。"), Sentences.of(
                "Microsoft launched the Azure cloud computing platform in 2011.",
                "Let me tell you a long story about my childhood in Hyderabad and all the cricket we played there.",
                "Cricket taught me teamwork and patience, you know, really, more than anything else ever did.",
                "My father was a civil servant and my mother taught Sanskrit at a college nearby.",
                "So there was always this tension between the practical and the philosophical at home.",
                "We missed the mobile internet."), p);
        assertThat(a.vecalign()).isEqualTo("[0]:[0]\n[]:[1]\n[]:[2]\n[]:[3]\n[]:[4]\n[1]:[5]\n");
        assertThat(a.beads().get(1).score()).isZero();
        assertThat(a.beads().get(1).evidence()).isEmpty();
    }

    @Test
    void emptySideLeavesEverythingUnaligned() {
        Alignment a = aligner.align(Sentences.of(ZH), List.of(), p);
        assertThat(a.beads()).hasSize(ZH.length).noneMatch(Bead::aligned);
        assertThat(aligner.align(List.of(), Sentences.of("Hello there."), p).vecalign()).isEqualTo("[]:[0]\n");
        assertThat(aligner.align(List.of(), List.of(), p).beads()).isEmpty();
    }

    @Test
    void englishGivenAsTheChineseSideIsRefused() {
        List<Sentence> english = Sentences.of("We missed the mobile internet.", "Microsoft launched Azure.");
        assertThatThrownBy(() -> aligner.align(english, english, p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Chinese side has almost no Chinese characters");
        assertThatThrownBy(() -> aligner.align(Sentences.of(ZH), Sentences.of(ZH), p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("swapped");
    }

    @Test
    void inputsAboveTheLimitAreRefusedBeforeAnyWork() {
        Sentence one = Sentences.of("我们错过了移动互联网。").get(0);
        List<Sentence> huge = Collections.nCopies(500_000, one);
        assertThatThrownBy(() -> aligner.align(huge, Sentences.of("We missed it."), p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("500,000 Chinese")
                .hasMessageContaining("limit is 200,000");
    }

    @Test
    void traditionalChineseAlignsExactlyLikeSimplifiedAndKeepsItsText() {
        List<Sentence> en = Sentences.of(
                "Microsoft launched the Azure cloud computing platform in 2011.",
                "The share price of the company is up almost ten times.",
                "He thinks competition in artificial intelligence will be very fierce.",
                "And the search business will be challenged too.",
                "We missed the mobile internet.");
        var s2t = Conversions.standard().get("s2t");
        String[] traditional = new String[ZH.length];
        for (int k = 0; k < ZH.length; k++) {
            traditional[k] = s2t.convert(ZH[k]);
        }
        Alignment simplified = aligner.align(Sentences.of(ZH), en, p);
        Alignment converted = aligner.align(Sentences.of(traditional), en, p);
        assertThat(converted.vecalign()).isEqualTo(simplified.vecalign());
        for (int k = 0; k < simplified.beads().size(); k++) {
            assertThat(converted.beads().get(k).score()).isEqualTo(simplified.beads().get(k).score());
        }
        assertThat(converted.beads().get(0).zh().get(0).text()).isEqualTo(traditional[0]);
    }

    @Test
    void sameInputGivesIdenticalResult() {
        List<Sentence> zh = Sentences.of(ZH);
        List<Sentence> en = Sentences.of(
                "Microsoft launched the Azure cloud computing platform in 2011.",
                "The share price of the company is up almost ten times.",
                "He thinks competition in artificial intelligence will be fierce, and search will be challenged.",
                "We missed the mobile internet.");
        assertThat(aligner.align(zh, en, p)).isEqualTo(aligner.align(zh, en, p));
    }
}
