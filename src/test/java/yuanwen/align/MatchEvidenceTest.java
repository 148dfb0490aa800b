package yuanwen.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import yuanwen.SharedData;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.glossary.TermMatch;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/**
 * What a bead is scored on and the evidence shown for it come from the same matches
 * ({@link UnitMatcher}): a number that disagrees lowers the score and is shown as a mismatch, and
 * the match evidence of any bead adds up to its lexical similarity.
 */
class MatchEvidenceTest {

    /** A short invented article and its English, with every kind of match the aligner knows. */
    private static final String[] ZH = {
        "林小雨在2019年搬到了杭州。",
        "她每天跑步五公里，坚持了三年。",
        "公司的收入增长了百分之二十。",
        "她用 Python 写了一个小程序。",
        "后来，她加入了星河科技。",
        "她说，这份工作让她学会了耐心，也让她认识了很多朋友。",
    };
    private static final String[] EN = {
        "Lin Xiaoyu moved to Hangzhou in 2019.",
        "She ran five kilometres every day and kept it up for three years.",
        "The company's revenue grew by 30 percent.",
        "She wrote a small program in Python.",
        "Later she joined Xinghe Tech.",
        "She said the job taught her patience.",
        "It also brought her many friends.",
    };

    /** The glossary of the fixture: one entry, written differently on each side. */
    private static final TermFinder XINGHE = new TermFinder() {
        @Override
        public List<TermMatch> findChinese(String text) {
            return find(text, "星河科技");
        }

        @Override
        public List<TermMatch> findEnglish(String text) {
            return find(text.toLowerCase(Locale.ROOT), "xinghe tech");
        }

        private List<TermMatch> find(String text, String form) {
            List<TermMatch> out = new ArrayList<>();
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                out.add(new TermMatch("org.xinghe-tech", form, at, at + form.length()));
            }
            return out;
        }
    };

    private static final Set<EvidenceKind> MATCH_KINDS = EnumSet.of(EvidenceKind.GLOSSARY, EvidenceKind.VERBATIM,
            EvidenceKind.NUMBER, EvidenceKind.NUMBER_MISMATCH, EvidenceKind.LEXICAL, EvidenceKind.NAME);

    private final Aligner aligner = new Aligner();

    @Test
    void aNumberOfAnotherKindLowersTheScoreAndIsShownAsAMismatch() {
        Scoring hours = Scoring.pair("他工作了四小时。", "He worked for four hours.");
        Scoring years = Scoring.pair("他工作了四小时。", "He worked for four years.");

        assertThat(hours.scorer().explain(0, 1, 0, 1)).anyMatch(e -> e.kind() == EvidenceKind.NUMBER
                && e.zh().equals("四小时") && e.en().equals("four hours") && e.weight() > 0);
        List<Evidence> wrong = years.scorer().explain(0, 1, 0, 1);
        assertThat(wrong).noneMatch(e -> e.kind() == EvidenceKind.NUMBER);
        assertThat(wrong).anyMatch(e -> e.kind() == EvidenceKind.NUMBER_MISMATCH && e.zh().equals("四小时")
                && e.en().equals("four years") && e.weight() < 0);
        assertThat(years.scorer().similarity(0, 1, 0, 1)).isLessThan(hours.scorer().similarity(0, 1, 0, 1));
        assertThat(years.scorer().confidence(0, 1, 0, 1)).isLessThan(hours.scorer().confidence(0, 1, 0, 1));
    }

    @Test
    void theAlignerPairsTheAgreeingNumberAndNotTheContradictingOne() {
        Alignment hours = aligner.align(Sentences.of("他工作了四小时。"), Sentences.of("He worked for four hours."),
                AlignParameters.defaults());
        Alignment years = aligner.align(Sentences.of("他工作了四小时。"), Sentences.of("He worked for four years."),
                AlignParameters.defaults());

        assertThat(hours.alignedBeads()).singleElement().satisfies(bead -> assertThat(bead.evidence())
                .anyMatch(e -> e.kind() == EvidenceKind.NUMBER && e.en().equals("four hours")));
        // Its only shared word left against a contradicting number, the pair is too weak to stand alone.
        assertThat(years.alignedBeads()).isEmpty();
    }

    @Test
    void anEditedPairIsRescoredWithTheSameMatches() {
        Bead years = aligner.explain(Sentences.of("他工作了四小时。"), Sentences.of("He worked for four years."),
                AlignParameters.defaults());
        Scoring same = Scoring.pair("他工作了四小时。", "He worked for four years.");

        assertThat(years.evidence()).isEqualTo(same.scorer().explain(0, 1, 0, 1));
        assertThat(years.score()).isEqualTo(same.scorer().confidence(0, 1, 0, 1));
        assertThat(years.evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER_MISMATCH);
    }

    @Test
    void theSearchValueIsTheSumOfTheEvidenceMismatchIncluded() {
        for (String english : List.of("He worked for four hours.", "He worked for four years.")) {
            Scoring pair = Scoring.pair("他工作了四小时。", english);
            List<Evidence> evidence = pair.scorer().explain(0, 1, 0, 1);
            double lexical = AlignParameters.defaults().lexicalWeight() * 2 * sum(evidence, MATCH_KINDS);
            double length = sum(evidence, Set.of(EvidenceKind.LENGTH));

            assertThat(pair.scorer().value(0, 1, 0, 1)).as(english)
                    .isCloseTo(lexical + length + pair.scorer().shapePrior(1, 1), within(0.005));
        }
    }

    @Test
    void everyBeadsMatchEvidenceAddsUpToItsSimilarity() {
        Scoring fixture = Scoring.of(Sentences.of(ZH), Sentences.of(EN), XINGHE);
        fixture.scorer().cacheSpans(SearchBand.full(ZH.length, EN.length));
        BeadScorer uncached = new BeadScorer(fixture.zh(), fixture.en(), new LinkTable(fixture.zh(), fixture.en()),
                AlignParameters.defaults());
        Set<EvidenceKind> seen = EnumSet.noneOf(EvidenceKind.class);
        for (int[] shape : BeadShapes.SHAPES) {
            int a = shape[0];
            int b = shape[1];
            for (int i = 0; a > 0 && b > 0 && i + a <= ZH.length; i++) {
                for (int j = 0; j + b <= EN.length; j++) {
                    List<Evidence> evidence = fixture.scorer().explain(i, a, j, b);
                    double similarity = fixture.scorer().similarity(i, a, j, b);
                    assertThat(uncached.similarity(i, a, j, b)).as("cached spans").isEqualTo(similarity);
                    assertAddsUp(evidence, similarity, i + "+" + a + " / " + j + "+" + b);
                    evidence.forEach(e -> seen.add(e.kind()));
                }
            }
        }
        // The fixture is meant to exercise every kind of match, or the check above proves little.
        assertThat(seen).containsAll(MATCH_KINDS);
    }

    @Test
    void theFixturesPairsAreFoundAndExplained() {
        List<Bead> beads = aligner.withTerms(XINGHE).align(Sentences.of(ZH), Sentences.of(EN), AlignParameters.defaults())
                .beads();
        assertThat(new Alignment(beads).vecalign()).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n[4]:[4]\n[5]:[5, 6]\n");
        assertThat(beads.get(0).evidence()).anyMatch(e -> e.kind() == EvidenceKind.NAME && e.en().equals("Xiaoyu"));
        assertThat(beads.get(2).evidence()).anyMatch(e -> e.kind() == EvidenceKind.NUMBER_MISMATCH
                && e.zh().equals("百分之二十") && e.en().equals("30 percent"));
        assertThat(beads.get(4).evidence()).anyMatch(e -> e.kind() == EvidenceKind.GLOSSARY
                && e.zh().equals("星河科技") && e.en().equals("Xinghe Tech"));
    }

    @Test
    void theTableOfLinksHoldsWhatTheMatcherFindsPairByPair() {
        Scoring fixture = Scoring.of(Sentences.of(ZH), Sentences.of(EN), XINGHE);
        assertSameLinks(fixture.zh(), fixture.en());
    }

    @Test
    void aGlossaryTermWeighsTheSameOnBothSides() {
        // Five sentences a side, the term in one of them on each side.
        Scoring fixture = Scoring.of(Sentences.of(Arrays.copyOf(ZH, 5)), Sentences.of(Arrays.copyOf(EN, 5)), XINGHE);
        float zhWeight = weightOf(fixture.zh()[4], UnitKind.TERM);
        float enWeight = weightOf(fixture.en()[4], UnitKind.TERM);

        assertThat(enWeight).isEqualTo(zhWeight).isEqualTo(Profiler.weight(UnitKind.TERM, 5, 1));
        // Numbers weigh the same on both sides too, and more than a word or a term as rare.
        float number = weightOf(fixture.zh()[0], UnitKind.NUMBER);
        assertThat(weightOf(fixture.en()[0], UnitKind.NUMBER)).isEqualTo(number);
        assertThat(number).isGreaterThan(zhWeight);
    }

    @Test
    void onTheNadellaInterviewEveryPairsEvidenceAddsUpToItsScoresTerms() {
        Assumptions.assumeTrue(sharedDataPresent(), "../shared not present: Nadella interview skipped");
        DocumentSegmenter segmenter = new DocumentSegmenter();
        List<Sentence> zh = segmenter.segment(SharedData.seed(3), null, null).sentences();
        List<Sentence> en = segmenter.segment(SharedData.nadellaTranscript(), null, null).sentences();
        TermFinder glossary = new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));
        // Without the learned table the aligner's scorer is the one built here, so its evidence can be compared.
        AlignParameters p = AlignParameters.defaults().withLearnTable(false);
        List<Bead> beads = aligner.withTerms(glossary).align(zh, en, p).beads();
        Scoring whole = Scoring.of(zh, en, glossary);
        int pairs = 0;
        for (Bead bead : beads) {
            if (!bead.aligned()) {
                continue;
            }
            int i = bead.zh().get(0).index();
            int j = bead.en().get(0).index();
            int a = bead.zh().size();
            int b = bead.en().size();
            List<Evidence> evidence = whole.scorer().explain(i, a, j, b);
            assertThat(bead.evidence()).as("the aligner's evidence").isEqualTo(evidence);
            assertAddsUp(evidence, whole.scorer().similarity(i, a, j, b), bead.vecalign());
            pairs++;
        }
        assertThat(pairs).isGreaterThan(700);
        assertSameLinks(whole.zh(), whole.en());
    }

    // ---------------------------------------------------------------- helpers

    private static void assertAddsUp(List<Evidence> evidence, double similarity, String bead) {
        long items = evidence.stream().filter(e -> MATCH_KINDS.contains(e.kind())).count();
        // Each weight is rounded to 0.001.
        assertThat(sum(evidence, MATCH_KINDS)).as("match evidence of %s: %s", bead, evidence)
                .isCloseTo(similarity, within(0.0005 * items + 1e-9));
        assertThat(evidence).filteredOn(e -> e.kind() == EvidenceKind.NUMBER_MISMATCH)
                .allSatisfy(e -> assertThat(e.weight()).isNegative());
    }

    private static double sum(List<Evidence> evidence, Set<EvidenceKind> kinds) {
        return evidence.stream().filter(e -> kinds.contains(e.kind())).mapToDouble(Evidence::weight).sum();
    }

    private static void assertSameLinks(ZhProfile[] zh, EnProfile[] en) {
        int[] from = new int[zh.length];
        int[] to = new int[zh.length];
        Arrays.fill(to, en.length);
        LinkTable table = new LinkTable(zh, en, from, to);
        for (int i = 0; i < zh.length; i++) {
            for (int j = 0; j < en.length; j++) {
                LinkTable.Links row = table.cached(i, j);
                LinkTable.Links pair = UnitMatcher.links(zh[i], en[j]);
                String where = i + "/" + j;
                assertThat(row.zh()).as(where).isEqualTo(pair.zh());
                assertThat(row.en()).as(where).isEqualTo(pair.en());
                assertThat(row.zhMismatch()).as(where).isEqualTo(pair.zhMismatch());
                assertThat(row.enMismatch()).as(where).isEqualTo(pair.enMismatch());
                assertThat(row.zhWeight()).as(where).isEqualTo(pair.zhWeight());
                assertThat(row.enWeight()).as(where).isEqualTo(pair.enWeight());
            }
        }
    }

    private static float weightOf(ZhProfile z, UnitKind kind) {
        for (int u = 0; u < z.units(); u++) {
            if (z.unitKinds[u] == kind) {
                return z.weights[u];
            }
        }
        throw new AssertionError("no " + kind + " unit");
    }

    private static float weightOf(EnProfile e, UnitKind kind) {
        for (int u = 0; u < e.units(); u++) {
            if (e.kinds[u] == kind) {
                return e.weights[u];
            }
        }
        throw new AssertionError("no " + kind + " unit");
    }

    private static boolean sharedDataPresent() {
        try {
            SharedData.root();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
