package yuanwen.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks a quote's candidate spans and says how likely each is the quote's original.
 */
final class QuoteDecision {

    static final double FOUND = 0.5;
    static final double WEAK = 0.2;
    static final QuoteDecision STANDARD = new QuoteDecision();

    /** A candidate with its rank (a log-odds) and its calibrated score. */
    record Scored(QuoteCandidate candidate, double rank, double margin, double score) {
    }

    double rank(QuoteFeatures f) {
        return 16 * (f.similarity() + f.surprise() / 200) - 7.15;
    }

    List<Scored> score(List<QuoteCandidate> candidates) {
        List<Scored> ranked = new ArrayList<>();
        for (QuoteCandidate c : candidates) {
            double r = rank(c.features());
            ranked.add(new Scored(c, r, 0, 1 / (1 + Math.exp(-r))));
        }
        ranked.sort(Comparator.comparingDouble((Scored s) -> -s.rank()).thenComparingInt(s -> s.candidate().first())
                .thenComparingInt(s -> s.candidate().count()));
        List<Scored> chosen = new ArrayList<>();
        for (Scored s : ranked) {
            if (chosen.stream().noneMatch(c -> c.candidate().overlaps(s.candidate()))) {
                chosen.add(s);
            }
        }
        return chosen;
    }
}
