package yuanwen.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yuanwen.align.Anchor;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentRecord;

/**
 * What a reviewer decided in an earlier run of the same alignment, carried into a new run: accepted
 * and edited pairs become fixed anchors and keep their status; a rejected pair that the aligner
 * proposes again stays rejected. Sentences are compared by their text in the two sentence tables:
 * when a side's sentences are the same as before, ids carry over as they are; when they changed,
 * each reviewed pair's sentences are looked for as a run of the same texts, nearest their old
 * place; pairs whose sentences are gone are reported, never silently dropped.
 */
final class CarryOver implements AlignmentRecord.Statuses {

    /** A pair by its sentences. */
    private record Key(List<Integer> zh, List<Integer> en) {
    }

    private final List<Anchor> anchors = new ArrayList<>();
    private final Map<Key, Status> statuses = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    private CarryOver() {
    }

    /**
     * @param previous the alignment stored before, or null
     * @param zh       the Chinese side as it is now
     * @param en       the English side as it is now
     */
    static CarryOver from(AlignmentFile previous, Side zh, Side en) {
        CarryOver review = new CarryOver();
        if (previous == null) {
            return review;
        }
        Finder zhFinder = new Finder(previous.zh(), zh);
        Finder enFinder = new Finder(previous.en(), en);
        List<Anchor> candidates = new ArrayList<>();
        int lost = 0;
        for (Link link : previous.links()) {
            if (link.status() == Status.AUTO) {
                continue;
            }
            List<Integer> zhIds = zhFinder.find(link.zh());
            List<Integer> enIds = enFinder.find(link.en());
            if (zhIds == null || enIds == null) {
                lost++;
                continue;
            }
            review.statuses.put(new Key(zhIds, enIds), link.status());
            if (link.status() == Status.ACCEPTED || link.status() == Status.EDITED) {
                candidates.add(new Anchor(zhIds.get(0), zhIds.get(zhIds.size() - 1) + 1, enIds.get(0),
                        enIds.get(enIds.size() - 1) + 1));
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
        return statuses.getOrDefault(new Key(zhIds, enIds), Status.AUTO);
    }

    /** Finds sentences of a side's old table in its new one. */
    private static final class Finder {

        private final List<String> before;
        private final List<String> now;
        private final boolean same;
        /** Positions of each sentence text in the new table, built when first needed. */
        private Map<String, List<Integer>> positions;

        Finder(Side before, Side now) {
            this.before = before.sentences().stream().map(StoredSentence::text).toList();
            this.now = now.sentences().stream().map(StoredSentence::text).toList();
            this.same = this.before.equals(this.now);
        }

        /** The new ids of these old ones: the run of as many sentences with the same texts, nearest the old place; null when there is none. */
        List<Integer> find(List<Integer> ids) {
            if (same) {
                return ids;
            }
            if (positions == null) {
                positions = new HashMap<>();
                for (int k = 0; k < now.size(); k++) {
                    positions.computeIfAbsent(now.get(k), text -> new ArrayList<>()).add(k);
                }
            }
            int old = ids.get(0);
            int best = -1;
            for (int start : positions.getOrDefault(before.get(old), List.of())) {
                if (start + ids.size() <= now.size() && sameRun(ids, start)
                        && (best < 0 || Math.abs(start - old) < Math.abs(best - old))) {
                    best = start;
                }
            }
            if (best < 0) {
                return null;
            }
            List<Integer> found = new ArrayList<>(ids.size());
            for (int k = 0; k < ids.size(); k++) {
                found.add(best + k);
            }
            return found;
        }

        private boolean sameRun(List<Integer> ids, int start) {
            for (int k = 0; k < ids.size(); k++) {
                if (!before.get(ids.get(k)).equals(now.get(start + k))) {
                    return false;
                }
            }
            return true;
        }
    }
}
