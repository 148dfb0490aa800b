package yuanwen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;
import yuanwen.review.AlignRun;
import yuanwen.review.PairReview;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Status;

/** The page's fixes on the invented interview, as the review code carries them out. */
class PageChangesTest {

    @TempDir
    static Path folder;
    static AlignmentFile aligned;
    final PageChanges changes = new PageChanges(new PairReview());

    @BeforeAll
    static void align() {
        AlignedStore store = new AlignedStore(folder.resolve("aligned"));
        aligned = new AlignRun(store).run(new AlignRun.Request(Fixtures.interviewArticle(), Fixtures.interviewTranscript(),
                "park", false, null), stage -> { }).document();
    }

    private static PageChanges.Change change(String op, String pair, String side, Integer delta, List<String> rows,
                                             List<Integer> zh, List<Integer> en) {
        return new PageChanges.Change("v", op, pair, side, delta, rows, zh, en, null, null);
    }

    @Test
    void movingTheEnglishBoundaryDownTakesTheNextPairsFirstSentence() {
        Link[] ab = ReviewFlows.consecutiveOneToOne(aligned);
        AlignmentFile after = changes.apply(aligned, change("boundary", ab[0].id(), "en", 1, null, null, null)).file();
        Link a = after.link(ab[0].id()).orElseThrow();
        assertThat(a.en()).containsExactly(ab[0].en().get(0), ab[1].en().get(0));
        assertThat(a.status()).isEqualTo(Status.EDITED);
        // The next pair had only that sentence: its Chinese is now unaligned.
        assertThat(after.link(ab[1].id())).isEmpty();
        assertThat(after.unalignedZh()).contains(ab[1].zh().get(0));
        assertThat(after.links()).hasSize(aligned.links().size() - 1);
    }

    @Test
    void movingTheChineseBoundaryUpGivesTheLastSentenceToTheNextPair() {
        Link[] ab = ReviewFlows.consecutiveOneToOne(aligned);
        AlignmentFile joined = changes.apply(aligned, change("join", null, null, null, List.of(ab[0].id(), ab[1].id()),
                null, null)).file();
        Link both = joined.link(ab[0].id()).orElseThrow();
        assertThat(both.type()).isEqualTo("2-2");
        AlignmentFile split = changes.apply(joined, change("split", both.id(), null, null, null, null, null)).file();
        assertThat(split.link(ab[0].id()).orElseThrow().zh()).isEqualTo(ab[0].zh());
        assertThat(split.link(ab[0].id()).orElseThrow().en()).isEqualTo(ab[0].en());
        assertThat(split.link(ab[1].id()).orElseThrow().en()).isEqualTo(ab[1].en());
        assertThat(split.link(ab[1].id()).orElseThrow().score()).isBetween(0.0, 1.0);
    }

    @Test
    void pairsAnUnalignedChineseSentenceWithTheUnalignedEnglishBesideIt() {
        Link[] ab = ReviewFlows.consecutiveOneToOne(aligned);
        // Pair A undone: its Chinese and English stand unaligned between the pairs around it.
        AlignmentFile undone = new PairReview().regroup(aligned, List.of(ab[0].id(), ab[1].id()),
                List.of(new PairReview.Group(ab[1].zh(), ab[1].en()))).file();
        assertThat(undone.unalignedZh()).containsAll(ab[0].zh());
        assertThat(undone.unalignedEn()).containsAll(ab[0].en());
        PageChanges.Result result = changes.apply(undone, change("pair", null, null, null, null, ab[0].zh(), ab[0].en()));
        Link made = result.file().link(ab[0].id()).orElseThrow();
        assertThat(made.en()).isEqualTo(ab[0].en());
        assertThat(made.status()).isEqualTo(Status.EDITED);
        assertThat(made.evidence()).isNotEmpty();
        assertThat(result.file().unalignedZh()).doesNotContainAnyElementsOf(ab[0].zh());
        assertThat(result.message()).startsWith("paired: " + ab[0].id());
    }

    @Test
    void refusesWhatWouldPutASentenceInTwoPairs() {
        Link first = aligned.links().get(0);
        Link second = aligned.links().get(1);
        assertThatThrownBy(() -> changes.apply(aligned, change("pair", null, null, null, null, first.zh(), second.en())))
                .hasMessageContaining("belong to pair");
        assertThatThrownBy(() -> changes.apply(aligned, change("boundary", first.id(), "en", -1, null, null, null)))
                .hasMessageContaining("reject it instead");
        assertThatThrownBy(() -> changes.apply(aligned, change("merge", first.id(), null, null, null, null, null)))
                .hasMessageContaining("unknown change");
    }
}
