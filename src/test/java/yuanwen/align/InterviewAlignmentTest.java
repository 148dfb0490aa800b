package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import yuanwen.Fixtures.Translation;
import yuanwen.Fixtures;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/**
 * The invented interview article against its English original (fixtures/interview.*): the pairs
 * found are checked against the translations as written (interview.pairs.tsv).
 */
class InterviewAlignmentTest {

    private static final DocumentSegmenter SEGMENTER = new DocumentSegmenter();
    private static final List<Sentence> ZH = SEGMENTER.segment(Fixtures.interviewArticle(), null, null).sentences();
    private static final List<Sentence> EN = SEGMENTER.segment(Fixtures.interviewTranscript(), null, null).sentences();
    private static final Alignment ALIGNMENT = new Aligner().align(ZH, EN, AlignParameters.defaults());

    private static String joined(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    }

    private static Translation pairOf(Bead bead) {
        return new Translation(joined(bead.zh()), joined(bead.en()));
    }

    private static Bead beadOf(String chinese) {
        Optional<Bead> bead = ALIGNMENT.beads().stream()
                .filter(b -> b.zh().stream().anyMatch(s -> s.text().equals(chinese))).findFirst();
        assertThat(bead).as("bead of " + chinese).isPresent();
        return bead.get();
    }

    /**
     * Measured when written: 22 of the 23 translations found, and every pair of spoken sentences
     * right. The two wrong pairs were headings, which nobody speaks: 访谈全文 with the cold open's
     * "It was always the software." and 下一个十年 with "Where do you see the company in ten
     * years?", which left its real translation 你认为十年后公司会是什么样子？ without English.
     */
    @Test
    void everyPairOfSpokenSentencesIsATranslationAndAlmostAllTranslationsAreFound() {
        Set<Translation> written = new HashSet<>(Fixtures.interviewTranslations());
        List<Bead> aligned = ALIGNMENT.alignedBeads();

        long found = aligned.stream().map(InterviewAlignmentTest::pairOf).filter(written::contains).count();
        assertThat(found).as("translations found of %d", written.size()).isGreaterThanOrEqualTo(21);
        for (Bead bead : aligned) {
            if (bead.zh().get(0).speaker() != null) {
                assertThat(written).as("pair %s", pairOf(bead)).contains(pairOf(bead));
            }
        }
    }

    @Test
    void figuresLandOnTheirEnglishWithItsTimeAndTheNumbersAsEvidence() {
        Bead revenue = beadOf("去年我们的收入是1.2亿美元，比前年增长了40%。");
        assertThat(revenue.en()).extracting(Sentence::text)
                .containsExactly("Last year our revenue was $120 million, up 40% from the year before.");
        assertThat(revenue.en().get(0).start()).isEqualTo(48.08); // [00:00:48.080 --> ...]
        assertThat(revenue.score()).isGreaterThan(0.7);
        assertThat(revenue.evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.zh().equals("1.2亿美元")
                && e.en().equals("$120 million"));
        assertThat(revenue.evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.en().equals("40%"));

        Bead founded = beadOf("你在 2016年创立了北风机器人（Northwind Robotics）。");
        assertThat(founded.en()).extracting(Sentence::text).containsExactly("You founded Northwind Robotics in 2016.");
        assertThat(founded.evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.en().equals("2016"))
                .anyMatch(e -> e.kind() == EvidenceKind.VERBATIM && e.en().contains("Northwind"));
    }

    @Test
    void theTranslatorsSummaryBioAndOwnRemarkHaveNoEnglish() {
        int fullText = ZH.stream().filter(s -> s.text().equals("访谈全文")).findFirst().orElseThrow().index();
        for (Bead bead : ALIGNMENT.beads()) {
            if (!bead.zh().isEmpty() && bead.zh().get(0).index() < fullText) {
                assertThat(bead.aligned()).as(bead.zh().get(0).text()).isFalse();
            }
        }
        assertThat(beadOf("和很多创业公司一样，我们也是从一个小问题开始的。").aligned()).isFalse();
        Bead coldOpen = ALIGNMENT.beads().stream()
                .filter(b -> b.en().stream().anyMatch(s -> s.text().equals("The hard part was never the robot.")))
                .findFirst().orElseThrow();
        assertThat(coldOpen.aligned()).isFalse();
    }

    @Test
    void everySentenceIsInExactlyOneBeadInOrder() {
        int nextZh = 0;
        int nextEn = 0;
        for (Bead bead : ALIGNMENT.beads()) {
            for (Sentence s : bead.zh()) {
                assertThat(s.index()).isEqualTo(nextZh++);
            }
            for (Sentence s : bead.en()) {
                assertThat(s.index()).isEqualTo(nextEn++);
            }
        }
        assertThat(nextZh).isEqualTo(ZH.size()).isEqualTo(36);
        assertThat(nextEn).isEqualTo(EN.size()).isEqualTo(25);
    }

    @Test
    void theSameEnglishAsCaptionsGivesTheSamePairs() {
        List<Sentence> captions = SEGMENTER.segment(Fixtures.interviewCaptions(), null, null).sentences();

        Alignment fromCaptions = new Aligner().align(ZH, captions, AlignParameters.defaults());

        assertThat(fromCaptions.vecalign()).isEqualTo(ALIGNMENT.vecalign());
    }

    @Test
    void theSameInputsGiveTheSameAlignment() {
        assertThat(new Aligner().align(ZH, EN, AlignParameters.defaults())).isEqualTo(ALIGNMENT);
    }
}
