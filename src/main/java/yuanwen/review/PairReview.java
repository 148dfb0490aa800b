package yuanwen.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.align.Anchor;
import yuanwen.align.Bead;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignmentFile.GlossaryInfo;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentRecord;
import yuanwen.text.Sha256;

/**
 * A reviewer's decisions on pairs, each a function from an alignment to a new one (the caller
 * stores it where it read it from):
 * <ul>
 *   <li>accept: the pair is right; it is kept, and fixes the rest, when align runs again;</li>
 *   <li>reject: the pair is wrong; exports leave it out, and a new run keeps it rejected if it
 *       proposes it again;</li>
 *   <li>edit: the Chinese translates these English sentences instead. The pair is scored again by
 *       the aligner from the sentence tables in the file (the source is not read), with its
 *       neighbours as they stand, so its score and evidence are what a new run with the pair fixed
 *       gives. English the pair gives up becomes unaligned; English another pair holds is refused,
 *       so that no sentence is in two pairs.</li>
 * </ul>
 */
public final class PairReview {

    /**
     * An edited alignment.
     *
     * @param file  the alignment with the pair changed
     * @param link  the changed pair
     * @param notes what the reviewer should know about how it was scored
     */
    public record Edit(AlignmentFile file, Link link, List<String> notes) {
    }

    private final Aligner aligner;

    public PairReview() {
        this(new Aligner());
    }

    public PairReview(Aligner aligner) {
        this.aligner = aligner;
    }

    public static AlignmentFile accept(AlignmentFile file, Collection<String> ids) {
        return mark(file, ids, Status.ACCEPTED);
    }

    public static AlignmentFile reject(AlignmentFile file, Collection<String> ids) {
        return mark(file, ids, Status.REJECTED);
    }

    /** Gives every named pair this status; all ids must exist. */
    private static AlignmentFile mark(AlignmentFile file, Collection<String> ids, Status status) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        wanted.forEach(id -> find(file, id));
        return file.withLinks(file.links().stream().map(l -> wanted.contains(l.id()) ? l.withStatus(status) : l).toList());
    }

    /**
     * Edits a pair, scoring it with the glossary the alignment was made with: the one at its
     * recorded path (a note says so when it has changed since, or is gone and the pair was scored
     * without one).
     */
    public Edit edit(AlignmentFile file, String linkId, List<Integer> enIds) {
        List<String> notes = new ArrayList<>();
        return edit(file, linkId, enIds, recordedGlossary(file.glossary(), notes), notes);
    }

    /** Edits a pair, scoring it with these terms. */
    public Edit edit(AlignmentFile file, String linkId, List<Integer> enIds, TermFinder terms) {
        return edit(file, linkId, enIds, terms, new ArrayList<>());
    }

    private Edit edit(AlignmentFile file, String linkId, List<Integer> enIds, TermFinder terms, List<String> notes) {
        Link link = find(file, linkId);
        if (enIds.isEmpty()) {
            throw new IllegalArgumentException("a pair needs at least one English sentence (reject it instead)");
        }
        int englishCount = file.en().sentences().size();
        for (int k = 0; k < enIds.size(); k++) {
            int id = enIds.get(k);
            if (id < 0 || id >= englishCount) {
                throw new IllegalArgumentException("English sentence " + id + " does not exist (the source has "
                        + englishCount + ", numbered from 0)");
            }
            if (k > 0 && id != enIds.get(k - 1) + 1) {
                throw new IllegalArgumentException("the English of a pair must be consecutive sentences, not " + enIds);
            }
        }
        for (Link other : file.links()) {
            if (other != link && other.status() != Status.REJECTED && other.en().stream().anyMatch(enIds::contains)) {
                throw new IllegalArgumentException("English " + other.en() + " belongs to pair " + other.id()
                        + "; reject or edit that pair first");
            }
        }
        Bead scored = rescore(file, link, enIds, terms);
        Link edited = link.withEnglish(enIds, scored.score(), AlignmentRecord.evidence(scored.evidence()), Status.EDITED);
        AlignmentFile result = file.withLinks(file.links().stream().map(l -> l == link ? edited : l).toList());
        return new Edit(result, edited, List.copyOf(notes));
    }

    /**
     * Consecutive Chinese sentences and the consecutive English ones they translate, as a reviewer
     * wants them paired.
     */
    public record Group(List<Integer> zh, List<Integer> en) {

        public Group {
            zh = List.copyOf(zh);
            en = List.copyOf(en);
        }
    }

    /**
     * A regrouped alignment.
     *
     * @param file  the alignment with the pairs replaced
     * @param links the new pairs, in Chinese order
     * @param notes what the reviewer should know about how they were scored
     */
    public record Regroup(AlignmentFile file, List<Link> links, List<String> notes) {
    }

    /**
     * Replaces pairs by new ones over the same or neighbouring sentences: moving the boundary
     * between two pairs by a sentence, joining two pairs, splitting one, or pairing sentences no
     * pair holds. Each new pair is scored as {@link #edit} scores one (fixed, between its
     * neighbours), is marked edited and is named after its first Chinese sentence; a rejected pair
     * of that name gives way to it. Sentences the replaced pairs held and no new pair holds become
     * unaligned. A sentence another pair holds is refused, so that no sentence is in two pairs.
     * Scored with the glossary the alignment was made with, as {@link #edit} is.
     */
    public Regroup regroup(AlignmentFile file, Collection<String> replacedIds, List<Group> groups) {
        List<String> notes = new ArrayList<>();
        TermFinder terms = recordedGlossary(file.glossary(), notes);
        Set<String> replaced = new LinkedHashSet<>(replacedIds);
        replaced.forEach(id -> find(file, id));
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no pairs given to replace " + replaced + " with (reject them instead)");
        }
        List<Group> sorted = new ArrayList<>(groups);
        sorted.sort(java.util.Comparator.comparing(g -> g.zh().isEmpty() ? -1 : g.zh().get(0)));
        Set<String> newIds = new LinkedHashSet<>();
        for (Group group : sorted) {
            check(group.zh(), file.zh().sentences().size(), "Chinese");
            check(group.en(), file.en().sentences().size(), "English");
            if (!newIds.add("p" + group.zh().get(0))) {
                throw new IllegalArgumentException("two new pairs start at Chinese sentence " + group.zh().get(0));
            }
        }
        List<Link> kept = new ArrayList<>();
        for (Link other : file.links()) {
            if (replaced.contains(other.id())) {
                continue;
            }
            if (other.status() == Status.REJECTED) {
                if (!newIds.contains(other.id())) {
                    kept.add(other);
                }
                continue;
            }
            for (Group group : sorted) {
                if (other.zh().stream().anyMatch(group.zh()::contains) || other.en().stream().anyMatch(group.en()::contains)) {
                    throw new IllegalArgumentException("sentences of " + describe(group) + " belong to pair " + other.id()
                            + "; reject or edit that pair first");
                }
            }
            kept.add(other);
        }
        for (int a = 0; a < sorted.size(); a++) {
            for (int b = a + 1; b < sorted.size(); b++) {
                Group x = sorted.get(a);
                Group y = sorted.get(b);
                if (x.zh().stream().anyMatch(y.zh()::contains) || x.en().stream().anyMatch(y.en()::contains)) {
                    throw new IllegalArgumentException(describe(x) + " and " + describe(y) + " share sentences");
                }
            }
        }
        List<Link> made = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            Group group = sorted.get(k);
            List<Link> context = new ArrayList<>(kept);
            // The other new pairs are neighbours as they will stand, so each is scored between them.
            for (int j = 0; j < sorted.size(); j++) {
                if (j != k) {
                    context.add(Link.of(sorted.get(j).zh(), sorted.get(j).en(), 0, Status.EDITED, List.of()));
                }
            }
            Bead scored = rescore(file, context, group.zh(), group.en(), terms);
            made.add(Link.of(group.zh(), group.en(), scored.score(), Status.EDITED,
                    AlignmentRecord.evidence(scored.evidence())));
        }
        List<Link> links = new ArrayList<>(kept);
        links.addAll(made);
        links.sort(java.util.Comparator.comparing((Link l) -> l.zh().get(0))
                .thenComparing(l -> l.status() == Status.REJECTED ? 0 : 1));
        return new Regroup(file.withLinks(links), List.copyOf(made), List.copyOf(notes));
    }

    private static void check(List<Integer> ids, int count, String language) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a pair needs at least one " + language + " sentence");
        }
        for (int k = 0; k < ids.size(); k++) {
            int id = ids.get(k);
            if (id < 0 || id >= count) {
                throw new IllegalArgumentException(language + " sentence " + id + " does not exist (the source has "
                        + count + ", numbered from 0)");
            }
            if (k > 0 && id != ids.get(k - 1) + 1) {
                throw new IllegalArgumentException("the " + language + " of a pair must be consecutive sentences, not " + ids);
            }
        }
    }

    private static String describe(Group group) {
        return "zh " + group.zh() + " / en " + group.en();
    }

    private Bead rescore(AlignmentFile file, Link link, List<Integer> enIds, TermFinder terms) {
        return rescore(file, file.links().stream().filter(other -> other != link).toList(), link.zh(), enIds, terms);
    }

    /**
     * The edited pair as the aligner scores it when it is fixed, calibrated between its neighbours:
     * the pairs of {@code others} just before and after it in Chinese order, where they are in order
     * with it on the English side too (as the fixed pairs of a run must be).
     */
    private Bead rescore(AlignmentFile file, List<Link> others, List<Integer> zhIds, List<Integer> enIds,
                         TermFinder terms) {
        Anchor edited = anchor(zhIds, enIds);
        Link before = null;
        Link after = null;
        for (Link other : others) {
            if (other.status() == Status.REJECTED) {
                continue;
            }
            if (other.zh().get(0) < zhIds.get(0)) {
                before = before == null || other.zh().get(0) > before.zh().get(0) ? other : before;
            } else if (after == null || other.zh().get(0) < after.zh().get(0)) {
                after = other;
            }
        }
        List<Anchor> pairs = new ArrayList<>();
        if (before != null && edited.follows(anchor(before.zh(), before.en()))) {
            pairs.add(anchor(before.zh(), before.en()));
        }
        int position = pairs.size();
        pairs.add(edited);
        if (after != null && anchor(after.zh(), after.en()).follows(edited)) {
            pairs.add(anchor(after.zh(), after.en()));
        }
        List<Sentence> zh = AlignmentRecord.sentences(file.zh());
        List<Sentence> en = AlignmentRecord.sentences(file.en());
        Alignment explained = aligner.withTerms(terms).explain(zh, en, pairs, AlignParameters.defaults());
        return explained.alignedBeads().get(position);
    }

    private static Anchor anchor(List<Integer> zh, List<Integer> en) {
        return new Anchor(zh.get(0), zh.get(zh.size() - 1) + 1, en.get(0), en.get(en.size() - 1) + 1);
    }

    /** The glossary recorded with the alignment, as it is now at its recorded path. */
    private static TermFinder recordedGlossary(GlossaryInfo recorded, List<String> notes) {
        if (recorded == null) {
            return TermFinder.NONE;
        }
        Path path = Path.of(recorded.path());
        if (!Files.isRegularFile(path)) {
            notes.add("the glossary " + path + " the alignment was made with is gone; the pair was scored without one");
            return TermFinder.NONE;
        }
        if (!Sha256.of(path).equals(recorded.sha256())) {
            notes.add("the glossary " + path + " has changed since the alignment was made; the pair was scored with it as it is now");
        }
        return new GlossaryMatcher(GlossaryFile.load(path));
    }

    private static Link find(AlignmentFile file, String id) {
        return file.link(id).orElseThrow(() -> new IllegalArgumentException("alignment " + file.name()
                + " has no pair '" + id + "' (pairs list " + file.name() + " shows the ids)"));
    }

    /** {@code 12}, {@code 12-14} or {@code 12,13,14}. */
    public static List<Integer> parseIds(String text) {
        List<Integer> ids = new ArrayList<>();
        try {
            String trimmed = text.strip();
            int dash = trimmed.indexOf('-', 1);
            if (dash > 0) {
                int from = Integer.parseInt(trimmed.substring(0, dash).strip());
                int to = Integer.parseInt(trimmed.substring(dash + 1).strip());
                for (int id = from; id <= to && ids.size() <= 50; id++) {
                    ids.add(id);
                }
            } else {
                for (String part : trimmed.split(",")) {
                    ids.add(Integer.parseInt(part.strip()));
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--en takes sentence ids like 12, 12-13 or 12,13, not '" + text + "'");
        }
        if (ids.isEmpty() || ids.size() > 50) {
            throw new IllegalArgumentException("--en takes 1 to 50 sentence ids, not '" + text + "'");
        }
        return ids;
    }
}
