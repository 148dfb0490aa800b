package yuanwen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import yuanwen.review.PairReview;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Status;

/** Review done through the page, as a reviewer does it, checked in the file. */
final class ReviewFlows {

    private ReviewFlows() {
    }

    /**
     * Accepts the first pair through the page, then fixes a shift (a pair that swallowed the English
     * of the pair after it, whose Chinese is left unaligned) with one key, and checks the file:
     * statuses, ids, and the scores and evidence the review code gives the fixed pairs.
     */
    static void acceptAndFixAShift(ChromeDriver driver, AlignedStore store, String name) throws Exception {
        AlignmentFile original = store.load(name);
        // A shift: pair A swallowed the English of the pair after it, whose Chinese is left unaligned.
        Link[] shifted = consecutiveOneToOne(original);
        Link a = shifted[0];
        Link b = shifted[1];
        PairReview review = new PairReview();
        AlignmentFile broken = review.regroup(original, List.of(a.id(), b.id()),
                List.of(new PairReview.Group(a.zh(), List.of(a.en().get(0), b.en().get(0))))).file();
        store.save(name, broken);
        Link accepted = original.links().get(0);
        try (ReviewServer server = ReviewServer.start(store, name, Duration.ofMinutes(5))) {
            PageChecks.load(driver, server.address().toString());
            PageChecks.press(driver, accepted.id(), "a");
            AlignmentFile afterAccept = PageChecks.awaitFile(store, name,
                    f -> f.link(accepted.id()).orElseThrow().status() == Status.ACCEPTED);
            assertThat(afterAccept.link(accepted.id()).orElseThrow().score()).isEqualTo(accepted.score());
            PageChecks.waitReady(driver);

            PageChecks.press(driver, a.id(), "[");
            AlignmentFile fixed = PageChecks.awaitFile(store, name, f -> f.link(b.id()).isPresent());
            Link fixedA = fixed.link(a.id()).orElseThrow();
            Link fixedB = fixed.link(b.id()).orElseThrow();
            assertThat(fixedA.en()).isEqualTo(a.en());
            assertThat(fixedB.zh()).isEqualTo(b.zh());
            assertThat(fixedB.en()).isEqualTo(b.en());
            assertThat(fixedA.status()).isEqualTo(Status.EDITED);
            assertThat(fixedB.status()).isEqualTo(Status.EDITED);
            // Rescored by the review code, exactly as pairs would score the same pairs.
            PairReview.Regroup expected = review.regroup(afterAccept, List.of(a.id()),
                    List.of(new PairReview.Group(a.zh(), a.en()), new PairReview.Group(b.zh(), b.en())));
            assertThat(List.of(fixedA, fixedB)).isEqualTo(expected.links());
            assertThat(fixedA.score()).isGreaterThan(broken.link(a.id()).orElseThrow().score());
            assertThat(fixed.link(accepted.id()).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
            PageChecks.waitReady(driver);
            assertThat(PageChecks.message(driver)).contains("boundary of " + a.id() + " moved");
        }
    }

    /** Two pairs one after the other, one sentence a side each, the second directly after the first on both sides. */
    static Link[] consecutiveOneToOne(AlignmentFile file) {
        List<Link> links = file.links();
        for (int k = 2; k + 1 < links.size(); k++) {
            Link a = links.get(k);
            Link b = links.get(k + 1);
            if (a.type().equals("1-1") && b.type().equals("1-1") && b.zh().get(0) == a.zh().get(0) + 1
                    && b.en().get(0) == a.en().get(0) + 1 && a.score() > 0.5 && b.score() > 0.5) {
                return new Link[] {a, b};
            }
        }
        throw new AssertionError("no two consecutive 1-1 pairs in " + file.name());
    }
}
