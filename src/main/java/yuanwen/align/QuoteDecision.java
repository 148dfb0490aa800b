package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks a quote's candidate spans and says how likely each is the quote's original: two fitted
 * models, both refitted by {@code yuanwen.align.QuoteDecisionFit} on the tuning half of the quote
 * dev sets (TED talks, the Nadella interview, the Jobs speech, the Munger interview, translator-only
 * text) and checked on the held-out half.
 *
 * <ol>
 * <li><b>Rank</b>: a conditional logit over a quote's spans ({@link #rankTerms}): which span is
 * the original, given that one is. It weighs the bead similarity, the coverage of the quote and of
 * the span, the surprise of what was found, the lengths' fit and the span's size.</li>
 * <li><b>Decide</b>: a logistic model of "the span is the original" ({@link #decisionTerms}) from
 * the span's rank, its <em>margin</em> over the best competing span (another place in the source,
 * not overlapping it and not a repeat of the same words), how much of the quote it finds and how
 * surprising that is. Without a competitor close behind, modest evidence is enough; with one,
 * strong evidence is needed. A repeat of the same words (a teaser and the interview) is no
 * competitor: both are offered, best first.</li>
 * </ol>
 * The decision's output is the score the user sees, a calibrated probability on the dev sets'
 * mix of quotes with and without an original.
 */
final class QuoteDecision {

    /** From this score a candidate is "found" (the JSON {@code candidates}). */
    static final double FOUND = 0.5;
    /**
     * From this score a candidate below {@link #FOUND} is offered as "weak"; below it, nothing
     * (unless the user asks for less with {@code --min-score}). Text with no original (translator's
     * framing, other articles) was answered "none" for 77.8% of the dev quotes at 0.2, 86.5% at 0.3,
     * 91.4% at 0.4. The answers 0.3–0.4 drops were right 54 times in 134 (40%; translator-only text
     * took 30 of them), those 0.4–0.5 keeps 69 in 119 (58%): a weak answer is now about as likely
     * right as not, where one in 0.3–0.4 misled more often than it helped.
     */
    static final double WEAK = 0.4;
    /** Two spans sharing this share of the smaller one's words say the same thing. */
    static final double REPEAT_SHARE = 0.8;
    /** The margin when no other span competes (capped, so that it cannot outweigh the evidence). */
    static final double MAX_MARGIN = 5;
    /**
     * The rank of a one-sentence span of the quote's length that finds nothing: every rank term
     * is then 0. (It was -8, the rank of wrong spans under an earlier fit; under a refit, wrong
     * spans rank 0 to 5, and a short source's few candidates then stood out against a mean far
     * below them: in a 25-sentence interview, two words of an unrelated sentence were "found".)
     */
    static final double NOTHING_RANK = 0;
    /** The most candidates whose margins are worked out (the best few are all a user sees). */
    private static final int CONSIDERED = 12;

    static final String[] RANK_TERMS = {"similarity", "quote coverage", "span coverage", "surprise/10",
            "length fit/10", "ln sentences", "found surprise/10", "span unmatched/10", "length shortfall/10",
            "idf share"};
    static final String[] DECISION_TERMS = {"1", "rank", "margin", "found surprise/10",
            "similarity", "ln(1+found items)", "ln(1+missed items)", "length fit/10", "ln(1+content words)", "spread", "touched share"};

    /** Fitted by QuoteDecisionFit (see there for the figures). */
    private static final double[] RANK = {9.144, -1.158, 0.478, 1.216, 3.585, 0.611, 4.722, -0.221, -3.841, -0.291};
    private static final double[] DECISION = {-3.191, -0.080, 0.179, -0.750, 1.287, 1.303, 0.666, 0.560, -1.272, 0.840, 1.068};

    static final QuoteDecision STANDARD = new QuoteDecision(RANK, DECISION);

    private final double[] rankWeights;
    private final double[] decisionWeights;

    QuoteDecision(double[] rankWeights, double[] decisionWeights) {
        if (rankWeights.length != RANK_TERMS.length || decisionWeights.length != DECISION_TERMS.length) {
            throw new IllegalArgumentException("weights do not match the terms");
        }
        this.rankWeights = rankWeights.clone();
        this.decisionWeights = decisionWeights.clone();
    }

    /**
     * A candidate with its rank (log-odds among the quote's spans), its margin over the best
     * competing span and its score (probability that it is the original).
     */
    record Scored(QuoteCandidate candidate, double rank, double margin, double spread, double score) {
    }

    static double[] rankTerms(QuoteFeatures f) {
        double length = Math.max(f.lengthFit(), -25);
        return new double[] {f.similarity(), f.quoteCoverage(), f.spanCoverage(), f.surprise() / 10, length / 10,
                Math.log(f.sentences()), f.foundSurprise() / 10, f.spanUnmatched() / 10, Math.min(0, length + 2) / 10,
                f.idfShare()};
    }

    /**
     * @param spread how far the span's rank stands above the mean rank of the quote's best spans:
     *               a quote of common words finds many spans about equally well
     */
    static double[] decisionTerms(QuoteFeatures f, double rank, double margin, double spread) {
        return new double[] {1, rank, margin, f.foundSurprise() / 10, f.similarity(),
                Math.log1p(f.foundItems()), Math.log1p(f.missedItems()), Math.max(f.lengthFit(), -25) / 10,
                Math.log1p(f.contentWords()), spread, f.touchedShare()};
    }

    double rank(QuoteFeatures f) {
        return dot(rankWeights, rankTerms(f));
    }

    double decide(QuoteFeatures f, double rank, double margin, double spread) {
        return 1 / (1 + Math.exp(-dot(decisionWeights, decisionTerms(f, rank, margin, spread))));
    }

    /**
     * The quote's best spans that do not overlap, each with its score, best score first (ties:
     * higher rank, then source order).
     */
    List<Scored> score(List<QuoteCandidate> candidates) {
        List<QuoteCandidate> ranked = new ArrayList<>(candidates);
        double[] rank = new double[ranked.size()];
        for (int k = 0; k < rank.length; k++) {
            rank[k] = rank(ranked.get(k).features());
        }
        Integer[] order = new Integer[rank.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -rank[k])
                .thenComparingInt(k -> ranked.get(k).first()).thenComparingInt(k -> ranked.get(k).count()));
        List<QuoteCandidate> chosen = new ArrayList<>();
        List<Double> chosenRank = new ArrayList<>();
        for (int k : order) {
            QuoteCandidate c = ranked.get(k);
            if (chosen.stream().noneMatch(other -> other.overlaps(c))) {
                chosen.add(c);
                chosenRank.add(rank[k]);
                if (chosen.size() == CONSIDERED) {
                    break;
                }
            }
        }
        // Spans missing from the best CONSIDERED (a short source, a quote of rare words) count as
        // NOTHING_RANK: a lone candidate stands out against nothing, not against itself.
        double mean = 0;
        for (int k = 0; k < CONSIDERED; k++) {
            mean += k < chosenRank.size() ? chosenRank.get(k) : NOTHING_RANK;
        }
        mean /= CONSIDERED;
        List<Scored> out = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            double margin = MAX_MARGIN;
            for (int other = 0; other < chosen.size(); other++) {
                if (other != k && !repeats(chosen.get(k), chosen.get(other))) {
                    margin = Math.min(MAX_MARGIN, chosenRank.get(k) - chosenRank.get(other));
                    break; // the best competitor: the list is in rank order
                }
            }
            QuoteCandidate c = chosen.get(k);
            double spread = chosenRank.get(k) - mean;
            out.add(new Scored(c, chosenRank.get(k), margin, spread, decide(c.features(), chosenRank.get(k), margin, spread)));
        }
        out.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparingDouble(s -> -s.rank())
                .thenComparingInt(s -> s.candidate().first()));
        return out;
    }

    /** Whether two spans say the same words: most of the smaller one's units are in the other. */
    static boolean repeats(QuoteCandidate a, QuoteCandidate b) {
        int[] x = a.ids();
        int[] y = b.ids();
        int smaller = Math.min(x.length, y.length);
        if (smaller == 0) {
            return false;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared >= REPEAT_SHARE * smaller;
    }

    static double dot(double[] w, double[] x) {
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += w[k] * x[k];
        }
        return sum;
    }
}
