package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import yuanwen.SharedData;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/**
 * Seed 003 (a WeChat article condensing the BG2 interview with Satya Nadella, with a translator's
 * summary and bio on top) against the Whisper transcript. The pairs checked here were verified by
 * reading both texts.
 */
@Tag("corpus")
class RealPairAlignmentTest {

    private static List<Sentence> zh;
    private static List<Sentence> en;
    private static Alignment alignment;

    @BeforeAll
    static void align() {
        DocumentSegmenter segmenter = new DocumentSegmenter();
        zh = segmenter.segment(SharedData.seed(3), null, null).sentences();
        en = segmenter.segment(SharedData.nadellaTranscript(), null, null).sentences();
        alignment = new Aligner().align(zh, en, AlignParameters.defaults());
    }

    private static Bead beadOf(String chinese) {
        Optional<Bead> bead = alignment.beads().stream()
                .filter(b -> b.zh().stream().anyMatch(s -> s.text().contains(chinese))).findFirst();
        assertThat(bead).as("bead of " + chinese).isPresent();
        return bead.get();
    }

    @Test
    void the1992SentenceLandsOnItsEnglishAndTime() {
        Bead bead = beadOf("1992年加入微软");
        assertThat(bead.en()).hasSize(1);
        assertThat(bead.en().get(0).text()).contains("you started at Microsoft in 1992");
        assertThat(bead.en().get(0).start()).isEqualTo(36.04);
        assertThat(bead.evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.en().equals("1992"));
    }

    @Test
    void the66BillionSentenceLandsOnItsEnglishAndTime() {
        Bead bead = beadOf("660亿美元");
        assertThat(bead.en()).hasSize(1);
        assertThat(bead.en().get(0).text()).contains("$66 billion run rate");
        assertThat(bead.en().get(0).start()).isEqualTo(61.48);
        assertThat(bead.score()).isGreaterThan(0.7);
        assertThat(bead.evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.zh().equals("660亿美元")
                && e.en().equals("$66 billion"));
        assertThat(bead.evidence()).anyMatch(e -> e.kind() == EvidenceKind.VERBATIM && e.en().equals("Azure"));
    }

    @Test
    void moreVerifiedPairs() {
        assertThat(beadOf("你 2007 年接管了在线业务").en().get(0).text()).isEqualTo("You took over online in 2007.");
        assertThat(beadOf("2009 年推出了 Bing 搜索").en().get(0).text()).isEqualTo("You launched Bing Search in 2009.");
        assertThat(beadOf("3 万亿美元的价值").en().get(0).text())
                .isEqualTo("You've added almost $3 trillion of value to Microsoft shareholders.");
        assertThat(beadOf("然而，我们错过了搜索").en().get(0).text()).isEqualTo("We missed search, right?");
        Bead multiples = beadOf("股价上涨了近十倍");
        assertThat(multiples.en()).extracting(Sentence::text).containsExactly(
                "The total revenues of the business are up $2.5x.", "The total earnings are up over $3x.",
                "And the share price is up almost $10x.");
    }

    @Test
    void theTranslatorsSummaryAndBioAreLeftUnaligned() {
        int summary = indexOf("内容提要");
        int fullText = indexOf("访谈全文");
        assertThat(summary).isLessThan(fullText);
        for (Bead bead : alignment.beads()) {
            if (!bead.zh().isEmpty() && bead.zh().get(0).index() >= summary && bead.zh().get(0).index() < fullText) {
                assertThat(bead.aligned()).as(bead.zh().get(0).text()).isFalse();
            }
        }
    }

    @Test
    void everySentenceIsInExactlyOneBeadInOrder() {
        int nextZh = 0;
        int nextEn = 0;
        for (Bead bead : alignment.beads()) {
            for (Sentence s : bead.zh()) {
                assertThat(s.index()).isEqualTo(nextZh++);
            }
            for (Sentence s : bead.en()) {
                assertThat(s.index()).isEqualTo(nextEn++);
            }
        }
        assertThat(nextZh).isEqualTo(zh.size());
        assertThat(nextEn).isEqualTo(en.size());
    }

    private static int indexOf(String chinese) {
        return zh.stream().filter(s -> s.text().contains(chinese)).findFirst().orElseThrow().index();
    }
}
