package yuanwen.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yuanwen.segment.Sentence;

/**
 * Quote with its article: a quote taken from a Chinese article that has a document alignment
 * with its English source is answered from that alignment, which is far surer than a lone lookup
 * (the whole article's order and a translation table learned from it are behind every pair).
 *
 * <p>The quote is found in the article's sentences after the aligner's normalisation (OpenCC
 * tw2sp), ignoring spaces and punctuation, so a traditional quote finds a simplified article; a
 * quote may be part of a sentence or run over several. Its English is that of the pairs holding
 * those sentences (contiguous pairs joined). A sentence the alignment leaves without English is
 * the translator's own text unless the quote search finds something between its neighbours'
 * English: that is offered as weak. A quote not in the article is looked up in the whole source
 * ({@link QuoteFinder}, with what the index learned from the alignment).
 */
public final class QuoteInArticle {

    /** A quote this similar to a stretch of the article (character bigrams, Dice) is taken to be from it. */
    private static final double MIN_FUZZY = 0.6;
    /** A quote shorter than this share of its article sentences is a part of them. */
    private static final double PART_OF_SENTENCE = 0.6;
    /** The most article sentences a quote is taken to run over. */
    private static final int MAX_SENTENCES = 6;

    private final List<Sentence> zh;
    private final List<Bead> beadOf;
    private final QuoteFinder finder;
    /** The article's normalised text, all sentences in order, and where each sentence starts in it. */
    private final String text;
    private final int[] starts;

    /**
     * @param zh        the article's sentences, as aligned
     * @param alignment their alignment with the source
     * @param finder    the quote finder on the same source (for quotes not in the article)
     */
    public QuoteInArticle(List<Sentence> zh, Alignment alignment, QuoteFinder finder) {
        this.zh = List.copyOf(zh);
        this.finder = finder;
        Map<Integer, Bead> byIndex = new HashMap<>();
        for (Bead bead : alignment.beads()) {
            for (Sentence s : bead.zh()) {
                byIndex.put(s.index(), bead);
            }
        }
        List<Bead> of = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        this.starts = new int[this.zh.size() + 1];
        for (int k = 0; k < this.zh.size(); k++) {
            of.add(byIndex.get(this.zh.get(k).index()));
            starts[k] = all.length();
            all.append(key(this.zh.get(k).text()));
        }
        starts[this.zh.size()] = all.length();
        this.beadOf = of;
        this.text = all.toString();
    }

    /** Chinese as matched: tw2sp, lower case, letters and digits only. */
    static String key(String chinese) {
        String normal = Profiler.normalise(chinese);
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * @param minScore from this score a pair counts as found
     * @return the answer, with the article sentences the quote was found in (empty when it is not
     *         in the article and was looked up in the whole source)
     */
    public QuoteResult find(String quote, int limit, double minScore) {
        String quoteKey = key(quote);
        List<Integer> where = locate(quoteKey);
        if (where.isEmpty()) {
            return finder.find(quote, limit, minScore);
        }
        List<Sentence> article = where.stream().map(zh::get).toList();
        Set<Bead> held = new LinkedHashSet<>();
        for (int k : where) {
            Bead bead = beadOf.get(k);
            if (bead != null && bead.aligned()) {
                held.add(bead);
            }
        }
        if (held.isEmpty()) {
            return neighbours(quote, where, limit, minScore, article);
        }
        List<QuoteMatch> matches = new ArrayList<>();
        List<Bead> run = new ArrayList<>();
        for (Bead bead : held) {
            if (!run.isEmpty() && !follows(run.get(run.size() - 1), bead)) {
                matches.add(joined(run));
                run.clear();
            }
            run.add(bead);
        }
        matches.add(joined(run));
        int located = starts[where.get(where.size() - 1) + 1] - starts[where.get(0)];
        if (quoteKey.length() < PART_OF_SENTENCE * located) {
            matches = narrowed(quote, matches, held, limit);
        } else {
            matches = trimmed(quote, matches, limit);
        }
        matches.sort(java.util.Comparator.comparingDouble(m -> -m.score()));
        List<QuoteMatch> found = new ArrayList<>();
        List<QuoteMatch> weak = new ArrayList<>();
        for (QuoteMatch m : matches.subList(0, Math.min(limit, matches.size()))) {
            (m.score() >= minScore ? found : weak).add(m);
        }
        return new QuoteResult(found, weak, article);
    }

    /**
     * A quote that is a small part of its sentence (a clause; a caption line of a sentence the
     * article runs over many lines) translates part of its pair's English: the best span the
     * quote search finds between the English of the pairs around it, if it finds one.
     */
    private List<QuoteMatch> narrowed(String quote, List<QuoteMatch> matches, Set<Bead> held, int limit) {
        List<Bead> aligned = beadsInOrder();
        List<Bead> heldList = new ArrayList<>(held);
        int first = aligned.indexOf(heldList.get(0));
        int last = aligned.indexOf(heldList.get(heldList.size() - 1));
        int from = first > 0 ? aligned.get(first - 1).en().get(0).index() : 0;
        int to = last + 1 < aligned.size() ? lastIndex(aligned.get(last + 1)) : Integer.MAX_VALUE;
        for (QuoteMatch m : finder.find(quote, limit, 1).all()) {
            if (m.ids().get(0) >= from && m.ids().get(m.ids().size() - 1) <= to && m.score() >= QuoteDecision.WEAK) {
                double pair = matches.stream().filter(p -> p.ids().stream().anyMatch(m.ids()::contains))
                        .mapToDouble(QuoteMatch::score).max().orElse(0);
                return new ArrayList<>(List.of(m.withScore(Math.max(m.score(), pair))));
            }
        }
        return matches;
    }

    /**
     * A pair whose English has more than the quote says (the aligner joins an untranslated line
     * to its neighbour's pair): the part of it the quote search finds with confidence, if any.
     */
    private List<QuoteMatch> trimmed(String quote, List<QuoteMatch> matches, int limit) {
        if (matches.stream().allMatch(m -> m.ids().size() == 1)) {
            return matches;
        }
        List<QuoteMatch> found = finder.find(quote, limit, QuoteDecision.FOUND).found();
        List<QuoteMatch> out = new ArrayList<>();
        for (QuoteMatch m : matches) {
            QuoteMatch part = m;
            for (QuoteMatch f : found) {
                if (m.ids().size() > f.ids().size() && m.ids().containsAll(f.ids())) {
                    part = f.withScore(Math.max(f.score(), m.score()));
                    break;
                }
            }
            out.add(part);
        }
        return out;
    }

    private List<Bead> beadsInOrder() {
        List<Bead> out = new ArrayList<>();
        for (Bead bead : beadOf) {
            if (bead != null && bead.aligned() && (out.isEmpty() || out.get(out.size() - 1) != bead)) {
                out.add(bead);
            }
        }
        return out;
    }

    private static int lastIndex(Bead bead) {
        return bead.en().get(bead.en().size() - 1).index();
    }

    /** Whether a bead's English starts right after the other's. */
    private static boolean follows(Bead before, Bead after) {
        return after.en().get(0).index() == before.en().get(before.en().size() - 1).index() + 1;
    }

    /** Contiguous pairs as one span: their English together, the weakest pair's score, all evidence. */
    private static QuoteMatch joined(List<Bead> run) {
        List<Sentence> en = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        double score = 1;
        for (Bead bead : run) {
            en.addAll(bead.en());
            evidence.addAll(bead.evidence());
            score = Math.min(score, bead.score());
        }
        evidence.sort(Evidence.ORDER);
        return QuoteMatch.of(en, score, evidence);
    }

    /**
     * The article has the quote but the alignment gives it no English: offer, as weak, what the
     * quote search finds between the English of the nearest aligned pairs around it.
     */
    private QuoteResult neighbours(String quote, List<Integer> where, int limit, double minScore,
                                   List<Sentence> article) {
        int from = 0;
        for (int k = where.get(0) - 1; k >= 0; k--) {
            Bead bead = beadOf.get(k);
            if (bead != null && bead.aligned()) {
                from = bead.en().get(bead.en().size() - 1).index() + 1;
                break;
            }
        }
        int to = Integer.MAX_VALUE;
        for (int k = where.get(where.size() - 1) + 1; k < zh.size(); k++) {
            Bead bead = beadOf.get(k);
            if (bead != null && bead.aligned()) {
                to = bead.en().get(0).index();
                break;
            }
        }
        List<QuoteMatch> weak = new ArrayList<>();
        for (QuoteMatch m : finder.find(quote, limit, Math.max(minScore, QuoteDecision.FOUND)).all()) {
            int first = m.ids().get(0);
            int last = m.ids().get(m.ids().size() - 1);
            if (first >= from && last < to) {
                weak.add(m.score() >= minScore ? m.withScore(Math.nextDown(minScore)) : m);
            }
        }
        return new QuoteResult(List.of(), weak, article);
    }

    /** The article sentences the quote is, or is part of: exactly (normalised), else the most similar stretch. */
    private List<Integer> locate(String quote) {
        if (quote.isEmpty()) {
            return List.of();
        }
        int at = text.indexOf(quote);
        if (at >= 0) {
            return covering(at, at + quote.length());
        }
        // Not verbatim (edited, another edition): the stretch of 1–6 sentences most like it.
        Map<Long, Integer> bigrams = bigrams(quote, 0, quote.length());
        double best = 0;
        List<Integer> where = List.of();
        for (int k = 0; k < zh.size(); k++) {
            for (int n = 1; n <= MAX_SENTENCES && k + n <= zh.size(); n++) {
                int length = starts[k + n] - starts[k];
                if (length > 2 * quote.length() + 4) {
                    break;
                }
                double dice = dice(bigrams, quote.length() - 1, bigrams(text, starts[k], starts[k + n]), length - 1);
                if (dice > best) {
                    best = dice;
                    where = range(k, n);
                }
            }
        }
        return best >= MIN_FUZZY ? where : List.of();
    }

    private List<Integer> covering(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < zh.size(); k++) {
            if (starts[k] < to && starts[k + 1] > from) {
                out.add(k);
            }
        }
        return out;
    }

    private static List<Integer> range(int from, int count) {
        List<Integer> out = new ArrayList<>();
        for (int k = from; k < from + count; k++) {
            out.add(k);
        }
        return out;
    }

    private static Map<Long, Integer> bigrams(String s, int from, int to) {
        Map<Long, Integer> out = new HashMap<>();
        for (int k = from; k + 1 < to; k++) {
            out.merge(((long) s.charAt(k) << 16) | s.charAt(k + 1), 1, Integer::sum);
        }
        return out;
    }

    private static double dice(Map<Long, Integer> a, int aCount, Map<Long, Integer> b, int bCount) {
        if (aCount <= 0 || bCount <= 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<Long, Integer> e : a.entrySet()) {
            shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / (aCount + bCount);
    }
}
