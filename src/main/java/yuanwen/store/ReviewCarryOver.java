package yuanwen.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yuanwen.align.Anchor;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedDocument.SourceInfo;
import yuanwen.store.AlignedDocument.Span;
import yuanwen.store.AlignedDocument.Status;

/**
 * What a reviewer decided in an earlier run of the same alignment, carried into a new run: accepted
 * and edited pairs become fixed anchors and keep their status; a rejected pair that the aligner
 * proposes again stays rejected. When a source file changed since, each reviewed pair is looked for
 * by its text (the sentences it had, consecutive, nearest its old place); pairs whose text is gone
 * are reported, never silently dropped.
 */
final class ReviewCarryOver implements AlignmentRecord.Statuses {

    private final List<Anchor> anchors = new ArrayList<>();
    private final Map<String, Status> statuses = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    private ReviewCarryOver() {
    }

    static ReviewCarryOver none() {
        return new ReviewCarryOver();
    }

    static ReviewCarryOver from(AlignedDocument previous, SourceInfo zhInfo, SourceInfo enInfo, List<Sentence> zh,
                                List<Sentence> en) {
        ReviewCarryOver review = new ReviewCarryOver();
        if (previous == null) {
            return review;
        }
        boolean zhSame = sameSource(previous.zh(), zhInfo);
        boolean enSame = sameSource(previous.en(), enInfo);
        List<Pair> reviewed = previous.pairs().stream().filter(p -> p.status() != Status.auto).toList();
        List<Anchor> candidates = new ArrayList<>();
        Map<Anchor, Status> anchorStatus = new HashMap<>();
        int lost = 0;
        for (Pair pair : reviewed) {
            int[] zhRange = zhSame ? range(pair.zh()) : find(pair.zh(), zh, "");
            int[] enRange = enSame ? range(pair.en()) : find(pair.en(), en, " ");
            if (zhRange == null || enRange == null || zhRange[1] > zh.size() || enRange[1] > en.size()) {
                lost++;
                continue;
            }
            List<Integer> zhIds = ids(zhRange);
            List<Integer> enIds = ids(enRange);
            review.statuses.put(key(zhIds, enIds), pair.status());
            if (pair.status() == Status.accepted || pair.status() == Status.edited) {
                Anchor anchor = new Anchor(zhRange[0], zhRange[1], enRange[0], enRange[1]);
                candidates.add(anchor);
                anchorStatus.put(anchor, pair.status());
            }
        }
        if (lost > 0) {
            review.notes.add(lost + " reviewed pair(s) of the previous run no longer match the changed source text"
                    + " and were not carried over (the previous file is kept as .bak)");
        }
        // Fixed pairs must follow each other on both sides; one that crosses an earlier one is
        // kept as a status only (it may come out again), and said.
        candidates.sort(Comparator.comparingInt(Anchor::zhStart).thenComparingInt(Anchor::enStart));
        int crossing = 0;
        for (Anchor anchor : candidates) {
            if (review.anchors.isEmpty() || anchor.follows(review.anchors.get(review.anchors.size() - 1))) {
                review.anchors.add(anchor);
            } else {
                crossing++;
            }
        }
        if (crossing > 0) {
            review.notes.add(crossing + " accepted or edited pair(s) cross an earlier one and could not be kept fixed");
        }
        return review;
    }

    List<Anchor> anchors() {
        return List.copyOf(anchors);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public Status of(List<Integer> zhIds, List<Integer> enIds) {
        return statuses.getOrDefault(key(zhIds, enIds), Status.auto);
    }

    /** Same bytes read the same way give the same sentence ids. */
    private static boolean sameSource(SourceInfo before, SourceInfo now) {
        return before.sha256().equals(now.sha256()) && before.format().equals(now.format());
    }

    private static int[] range(Span span) {
        List<Integer> ids = span.ids();
        return new int[] {ids.get(0), ids.get(ids.size() - 1) + 1};
    }

    /** The run of as many consecutive sentences as the span had, with its text, nearest its old place. */
    private static int[] find(Span span, List<Sentence> sentences, String separator) {
        int count = span.ids().size();
        int old = span.ids().get(0);
        int[] best = null;
        for (int start = 0; start + count <= sentences.size(); start++) {
            if (!span.text().startsWith(sentences.get(start).text())) {
                continue;
            }
            if (AlignmentRecord.joined(sentences.subList(start, start + count), separator).equals(span.text())
                    && (best == null || Math.abs(start - old) < Math.abs(best[0] - old))) {
                best = new int[] {start, start + count};
            }
        }
        return best;
    }

    private static List<Integer> ids(int[] range) {
        List<Integer> ids = new ArrayList<>();
        for (int k = range[0]; k < range[1]; k++) {
            ids.add(k);
        }
        return ids;
    }

    private static String key(List<Integer> zhIds, List<Integer> enIds) {
        return zhIds + ":" + enIds;
    }
}
