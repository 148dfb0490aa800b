package yuanwen.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import yuanwen.review.PairReview;
import yuanwen.review.PairReview.Group;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Status;

/**
 * The review page's changes, each turned into one call of {@link PairReview} (the code behind
 * {@code pairs accept|reject|edit}), so that page and command line change a file alike: accepted
 * and rejected pairs keep their scores; every regrouped pair is scored again by the aligner and
 * marked edited.
 */
final class PageChanges {

    /**
     * One change as the page posts it (JSON).
     *
     * @param version the version of the file the page shows
     * @param op      accept, reject, boundary, join, split or pair
     * @param pair    the pair it is about (accept, reject, boundary, split)
     * @param side    zh or en (boundary)
     * @param delta   +1: the pair takes the next sentence; -1: it gives its last one to the next pair
     * @param rows    the two rows to join: pair ids, or zhN / enN for unaligned sentences
     * @param zh      Chinese sentence ids to pair (pair)
     * @param en      English sentence ids to pair (pair)
     * @param zhAt    how many Chinese sentences the first part of a split keeps (default: half, rounded up)
     * @param enAt    how many English sentences it keeps (default: half, rounded up)
     */
    record Change(String version, String op, String pair, String side, Integer delta, List<String> rows,
                  List<Integer> zh, List<Integer> en, Integer zhAt, Integer enAt) {
    }

    /**
     * What a change did.
     *
     * @param file    the alignment after it
     * @param message one line for the reviewer
     * @param focus   the row to show afterwards
     */
    record Result(AlignmentFile file, String message, String focus) {
    }

    private final PairReview review;

    PageChanges(PairReview review) {
        this.review = review;
    }

    Result apply(AlignmentFile file, Change change) {
        if (change.op() == null) {
            throw new IllegalArgumentException("the change names no op");
        }
        return switch (change.op()) {
            case "accept" -> new Result(PairReview.accept(file, List.of(need(change.pair(), "pair"))),
                    change.pair() + " accepted", change.pair());
            case "reject" -> new Result(PairReview.reject(file, List.of(need(change.pair(), "pair"))),
                    change.pair() + " rejected", change.pair());
            case "boundary" -> boundary(file, pair(file, change.pair()), need(change.side(), "side"),
                    need(change.delta(), "delta"));
            case "join" -> join(file, need(change.rows(), "rows"));
            case "split" -> split(file, pair(file, change.pair()), change.zhAt(), change.enAt());
            case "pair" -> regrouped(file, List.of(), List.of(new Group(need(change.zh(), "zh"), need(change.en(), "en"))),
                    "paired");
            default -> throw new IllegalArgumentException("unknown change '" + change.op() + "'");
        };
    }

    /**
     * Moves the boundary after {@code link} by one sentence on one side: with +1 the pair takes the
     * next sentence (from the pair that has it, or from the unaligned), with -1 it gives its last
     * sentence to the pair that follows directly, or pairs it with the unaligned sentence that
     * follows on the other side (the fix when a pair swallowed its neighbour's sentence), or leaves
     * it unaligned.
     */
    private Result boundary(AlignmentFile file, Link link, String side, int delta) {
        boolean chinese = switch (side) {
            case "zh" -> true;
            case "en" -> false;
            default -> throw new IllegalArgumentException("side is zh or en, not '" + side + "'");
        };
        String language = chinese ? "Chinese" : "English";
        List<Integer> own = new ArrayList<>(chinese ? link.zh() : link.en());
        int count = (chinese ? file.zh() : file.en()).sentences().size();
        List<Link> replaced = new ArrayList<>(List.of(link));
        List<Group> groups = new ArrayList<>();
        if (delta == 1) {
            int taken = own.get(own.size() - 1) + 1;
            if (taken >= count) {
                throw new IllegalArgumentException(link.id() + " has the last " + language + " sentence; there is none to take");
            }
            own.add(taken);
            Optional<Link> owner = holder(file, chinese, taken, link);
            if (owner.isPresent()) {
                Link other = owner.get();
                replaced.add(other);
                List<Integer> rest = new ArrayList<>(chinese ? other.zh() : other.en());
                rest.remove(Integer.valueOf(taken));
                if (!rest.isEmpty()) {
                    groups.add(chinese ? new Group(rest, other.en()) : new Group(other.zh(), rest));
                }
            }
        } else if (delta == -1) {
            if (own.size() == 1) {
                throw new IllegalArgumentException(link.id() + " has one " + language + " sentence; giving it away would "
                        + "leave the pair without " + language + " (reject it instead)");
            }
            int given = own.remove(own.size() - 1);
            // What follows the pair on the other side: the next pair takes the sentence if it
            // follows directly on both sides; an unaligned sentence there is paired with it.
            List<Integer> otherSide = chinese ? link.en() : link.zh();
            int following = otherSide.get(otherSide.size() - 1) + 1;
            Optional<Link> next = holder(file, chinese, given + 1, link)
                    .filter(other -> (chinese ? other.en() : other.zh()).get(0) == following);
            if (next.isPresent()) {
                Link other = next.get();
                replaced.add(other);
                List<Integer> more = new ArrayList<>(chinese ? other.zh() : other.en());
                more.add(0, given);
                groups.add(chinese ? new Group(more, other.en()) : new Group(other.zh(), more));
            } else if (following < (chinese ? file.en() : file.zh()).sentences().size()
                    && holder(file, !chinese, following, link).isEmpty()) {
                groups.add(chinese ? new Group(List.of(given), List.of(following))
                        : new Group(List.of(following), List.of(given)));
            }
        } else {
            throw new IllegalArgumentException("a boundary moves by one sentence: delta is 1 or -1, not " + delta);
        }
        groups.add(chinese ? new Group(own, link.en()) : new Group(link.zh(), own));
        return regrouped(file, replaced.stream().map(Link::id).toList(), groups,
                "boundary of " + link.id() + " moved (" + language + ")");
    }

    /** Joins two rows (pairs or unaligned sentences) and whatever unaligned lies between them. */
    private Result join(AlignmentFile file, List<String> rowIds) {
        if (rowIds.size() < 2) {
            throw new IllegalArgumentException("join takes two rows");
        }
        TreeSet<Integer> zh = new TreeSet<>();
        TreeSet<Integer> en = new TreeSet<>();
        List<String> replaced = new ArrayList<>();
        for (String row : rowIds) {
            if (row.startsWith("zh")) {
                zh.add(sentenceId(row));
            } else if (row.startsWith("en")) {
                en.add(sentenceId(row));
            } else {
                Link link = pair(file, row);
                if (link.status() == Status.REJECTED) {
                    throw new IllegalArgumentException(link.id() + " is rejected; pair its sentences anew instead");
                }
                replaced.add(link.id());
                zh.addAll(link.zh());
                en.addAll(link.en());
            }
        }
        if (zh.isEmpty() || en.isEmpty()) {
            throw new IllegalArgumentException("joined, these rows have no " + (zh.isEmpty() ? "Chinese" : "English")
                    + "; a pair needs both");
        }
        return regrouped(file, replaced, List.of(new Group(range(zh), range(en))), "joined");
    }

    /** Splits a pair in two; a part left without one side's sentences becomes unaligned. */
    private Result split(AlignmentFile file, Link link, Integer zhAt, Integer enAt) {
        int n = link.zh().size();
        int m = link.en().size();
        if (n == 1 && m == 1) {
            throw new IllegalArgumentException(link.id() + " is one sentence a side: nothing to split (reject it instead)");
        }
        int k = zhAt != null ? zhAt : n - n / 2;
        int j = enAt != null ? enAt : m - m / 2;
        if (k < 1 || k > n || j < 1 || j > m || (k == n && j == m)) {
            throw new IllegalArgumentException("a split keeps 1 to " + n + " Chinese and 1 to " + m
                    + " English sentences in the first part, and leaves something for the second");
        }
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(link.zh().subList(0, k), link.en().subList(0, j)));
        if (k < n && j < m) {
            groups.add(new Group(link.zh().subList(k, n), link.en().subList(j, m)));
        }
        return regrouped(file, List.of(link.id()), groups, link.id() + " split");
    }

    private Result regrouped(AlignmentFile file, List<String> replaced, List<Group> groups, String done) {
        PairReview.Regroup result = review.regroup(file, replaced, groups);
        StringBuilder message = new StringBuilder(done + ": ");
        for (Link link : result.links()) {
            message.append(message.charAt(message.length() - 2) == ':' ? "" : ", ")
                    .append(String.format(java.util.Locale.ROOT, "%s %s %.2f", link.id(), link.type(), link.score()));
        }
        result.notes().forEach(note -> message.append("; note: ").append(note));
        String focus = result.links().isEmpty() ? null : result.links().get(0).id();
        return new Result(result.file(), message.toString(), focus);
    }

    /** The pair other than {@code except}, not rejected, that holds this sentence. */
    private static Optional<Link> holder(AlignmentFile file, boolean chinese, int id, Link except) {
        return file.links().stream()
                .filter(l -> l != except && l.status() != Status.REJECTED && (chinese ? l.zh() : l.en()).contains(id))
                .findFirst();
    }

    private static List<Integer> range(TreeSet<Integer> ids) {
        List<Integer> all = new ArrayList<>();
        for (int id = ids.first(); id <= ids.last(); id++) {
            all.add(id);
        }
        return all;
    }

    private static int sentenceId(String row) {
        try {
            return Integer.parseInt(row.substring(2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("no row '" + row + "'");
        }
    }

    private static Link pair(AlignmentFile file, String id) {
        return file.link(need(id, "pair")).orElseThrow(() -> new IllegalArgumentException("alignment " + file.name()
                + " has no pair '" + id + "'"));
    }

    private static <T> T need(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("the change needs '" + field + "'");
        }
        return value;
    }
}
