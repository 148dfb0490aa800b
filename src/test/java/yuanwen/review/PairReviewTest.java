package yuanwen.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile.GlossaryInfo;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile;

/** Accept, reject and edit as functions of the stored alignment, on the bakery interview. */
class PairReviewTest {

    @TempDir
    Path dir;

    Path[] sources;
    AlignedStore store;
    AlignmentFile aligned;

    @BeforeEach
    void alignTheBakeryInterview() throws Exception {
        sources = AlignRunTest.bakery(dir);
        store = new AlignedStore(dir.resolve("aligned"));
        aligned = new AlignRun(store).run(new AlignRun.Request(sources[0], sources[1], "bakery", false, null),
                stage -> { }).document();
    }

    private Link linkOf(AlignmentFile file, String chinese) {
        return file.links().stream().filter(l -> file.zhSpan(l).text().contains(chinese)).findFirst().orElseThrow();
    }

    @Test
    void anEditIsScoredAgainFromTheStoredSentencesWithoutTheSourceFiles() throws Exception {
        Link thanks = linkOf(aligned, "谢谢你，汤姆");
        assertThat(aligned.enSpan(thanks).text()).isEqualTo("Thank you, Tom. And thank you all for listening.");
        Files.delete(sources[0]);
        Files.delete(sources[1]);

        PairReview.Edit edit = new PairReview().edit(aligned, thanks.id(), List.of(thanks.en().get(1)));

        Link edited = edit.link();
        assertThat(edited.status()).isEqualTo(Status.EDITED);
        assertThat(edited.type()).isEqualTo("1-1");
        assertThat(edit.file().enSpan(edited).text()).isEqualTo("And thank you all for listening.");
        // The evidence is the new English's: "Tom" is no longer there to match 汤姆.
        assertThat(thanks.evidence()).anyMatch(e -> "Tom".equals(e.en()));
        assertThat(edited.evidence()).noneMatch(e -> "Tom".equals(e.en()))
                .anyMatch(e -> e.kind().equals("lexical") && "thank".equals(e.en()));
        assertThat(edited.score()).isNotEqualTo(thanks.score());
        // The English the pair gave up is unaligned now; nothing else changed.
        assertThat(edit.file().unalignedEn()).containsExactly(thanks.en().get(0));
        assertThat(edit.file().links()).hasSameSizeAs(aligned.links());
        assertThat(edit.notes()).isEmpty();
        assertThat(aligned.link(thanks.id()).orElseThrow()).isEqualTo(thanks);
    }

    @Test
    void anEditGetsTheScoreAndEvidenceThatARunWithItFixedGivesIt() {
        // The reviewer rejects "周末我们烤500个。" ⇄ "On weekends we bake 500." and gives its English to
        // the sentence before, between two accepted pairs.
        Link weekends = linkOf(aligned, "周末我们烤500个");
        Link morning = linkOf(aligned, "每天早上烤大约300个面包");
        Link before = linkOf(aligned, "你们每天烤多少个面包");
        Link after = linkOf(aligned, "最受欢迎的面包是哪一种");
        AlignmentFile reviewed = PairReview.accept(PairReview.reject(aligned, List.of(weekends.id())),
                List.of(before.id(), after.id()));
        PairReview.Edit edit = new PairReview().edit(reviewed, morning.id(),
                List.of(morning.en().get(0), weekends.en().get(0)));
        store.save("bakery", edit.file());

        AlignmentFile again = new AlignRun(store).run(new AlignRun.Request(sources[0], sources[1], "bakery", false,
                null), stage -> { }).document();

        Link rerun = again.link(morning.id()).orElseThrow();
        assertThat(rerun.en()).isEqualTo(edit.link().en());
        assertThat(rerun.status()).isEqualTo(Status.EDITED);
        assertThat(rerun.score()).isEqualTo(edit.link().score());
        assertThat(rerun.evidence()).isEqualTo(edit.link().evidence());
        // The length evidence is that of the longer English the pair has now, not the old one's.
        assertThat(lengthOf(edit.link())).isNotEqualTo(lengthOf(morning));
    }

    private static String lengthOf(Link link) {
        return link.evidence().stream().filter(e -> e.kind().equals("length")).findFirst().orElseThrow().en();
    }

    @Test
    void anEditMayNotTakeEnglishAnotherPairHolds() {
        Link morning = linkOf(aligned, "每天早上烤大约300个面包");
        Link weekends = linkOf(aligned, "周末我们烤500个");
        PairReview review = new PairReview();

        assertThatThrownBy(() -> review.edit(aligned, morning.id(), List.of(morning.en().get(0), weekends.en().get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to pair " + weekends.id());
        assertThatThrownBy(() -> review.edit(aligned, morning.id(), List.of(99)))
                .hasMessage("English sentence 99 does not exist (the source has 20, numbered from 0)");
        assertThatThrownBy(() -> review.edit(aligned, morning.id(), List.of(1, 3)))
                .hasMessageContaining("must be consecutive");
        assertThatThrownBy(() -> review.edit(aligned, "p999", List.of(1)))
                .hasMessage("alignment bakery has no pair 'p999' (pairs list bakery shows the ids)");
    }

    @Test
    void anEditSaysSoWhenTheRecordedGlossaryIsGone() {
        AlignmentFile withGlossary = new AlignmentFile(aligned.schemaVersion(), aligned.name(), aligned.zh(),
                aligned.en(), new GlossaryInfo(dir.resolve("gone.json").toString(), "00", 3), aligned.parameters(),
                aligned.links());
        Link thanks = linkOf(aligned, "谢谢你，汤姆");

        PairReview.Edit edit = new PairReview().edit(withGlossary, thanks.id(), List.of(thanks.en().get(0)));

        assertThat(edit.notes()).singleElement().asString().contains("gone.json").contains("scored without one");
    }

    @Test
    void acceptAndRejectChangeOnlyTheNamedPairs() {
        Link first = aligned.links().get(0);
        Link second = aligned.links().get(1);

        AlignmentFile accepted = PairReview.accept(aligned, List.of(first.id(), first.id()));
        AlignmentFile rejected = PairReview.reject(accepted, List.of(first.id(), second.id()));

        assertThat(accepted.link(first.id()).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
        assertThat(accepted.links().subList(1, accepted.links().size())).isEqualTo(aligned.links().subList(1, aligned.links().size()));
        assertThat(rejected.links().subList(0, 2)).extracting(Link::status).containsExactly(Status.REJECTED, Status.REJECTED);
        assertThat(rejected.link(first.id()).orElseThrow().score()).isEqualTo(first.score());
        assertThatThrownBy(() -> PairReview.accept(aligned, List.of(first.id(), "p999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pair 'p999'");
    }

    @Test
    void englishIdsAreReadAsOneRangeOrAList() {
        assertThat(PairReview.parseIds("12")).containsExactly(12);
        assertThat(PairReview.parseIds(" 12-14 ")).containsExactly(12, 13, 14);
        assertThat(PairReview.parseIds("12,13")).containsExactly(12, 13);
        assertThatThrownBy(() -> PairReview.parseIds("twelve")).hasMessageContaining("not 'twelve'");
        assertThatThrownBy(() -> PairReview.parseIds("0-2000000000")).hasMessageContaining("1 to 50 sentence ids");
    }
}
