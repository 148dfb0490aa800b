package yuanwen.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import yuanwen.SharedData;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.align.Bead;
import yuanwen.align.QuoteFinder;
import yuanwen.align.QuoteMatch;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Sentence;

/**
 * Quote mode against the Nadella transcript ({@code data/transcripts/nadella-bg2-2024-12.en.txt}),
 * with the shipped glossary as {@code quote} uses it:
 * <ul>
 * <li><b>false matches</b>: the share of sentences from seeds 000, 001, 002 and 004 (other
 * interviews: Bezos, Jassy, Joe Tsai) that get any candidate at all;</li>
 * <li><b>top-1 precision and recall</b> on seed 003, the article that translates the transcript:
 * the reference is the document alignment's aligned beads of score at least
 * {@link #SILVER_SCORE} (a silver reference: the aligner is about 93% right on them); a quote is
 * right when its top candidate shares an English sentence with its bead. Precision is over the
 * quotes that got a candidate, recall over all of them; recall@3 counts any of the top three;</li>
 * <li><b>quotes per second</b>, one quote at a time, with {@code limit} 5.</li>
 * </ul>
 * Only sentences of at least {@link #MIN_HAN} Chinese characters are used. Each set is split
 * into a tuning half (even positions) and a held-out half (odd): thresholds are tuned on the
 * first, figures are reported for both.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.mainClass=yuanwen.bench.QuoteBenchmark</pre>
 * With {@code -Dquote.show=true} it also lists the false matches and the wrong top candidates.
 */
public final class QuoteBenchmark {

    /** Beads the aligner scored at least this are the reference. */
    static final double SILVER_SCORE = 0.5;
    /** Shorter sentences (headings, "对。") are not quotes anyone looks up. */
    static final int MIN_HAN = 8;
    private static final int LIMIT = 5;

    private QuoteBenchmark() {
    }

    /** A Chinese sentence to look up and, for related ones, the English sentence ids it translates. */
    record Query(String text, Set<Integer> reference) {
    }

    public static void main(String[] args) {
        boolean show = Boolean.getBoolean("quote.show");
        DocumentSegmenter segmenter = new DocumentSegmenter();
        List<Sentence> en = segmenter.segment(SharedData.nadellaTranscript(), null, null).sentences();
        TermFinder terms = new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));

        List<Query> unrelated = new ArrayList<>();
        for (int seed : new int[] {0, 1, 2, 4}) {
            for (Sentence s : segmenter.segment(SharedData.seed(seed), null, null).sentences()) {
                if (han(s.text()) >= MIN_HAN) {
                    unrelated.add(new Query(s.text(), Set.of()));
                }
            }
        }
        List<Sentence> zh = segmenter.segment(SharedData.seed(3), null, null).sentences();
        Alignment alignment = new Aligner().align(zh, en, AlignParameters.defaults().withTerms(terms));
        List<Query> related = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            if (!bead.aligned() || bead.score() < SILVER_SCORE) {
                continue;
            }
            Set<Integer> ids = new HashSet<>();
            bead.en().forEach(s -> ids.add(s.index()));
            for (Sentence s : bead.zh()) {
                if (han(s.text()) >= MIN_HAN) {
                    related.add(new Query(s.text(), Set.copyOf(ids)));
                }
            }
        }
        System.out.printf(Locale.ROOT, "transcript: %d English sentences; seed 003: %d aligned beads of score >= %.1f, "
                + "%d quotes; seeds 000/001/002/004: %d unrelated quotes (>= %d Chinese characters)%n", en.size(),
                alignment.beads().stream().filter(b -> b.aligned() && b.score() >= SILVER_SCORE).count(),
                SILVER_SCORE, related.size(), unrelated.size(), MIN_HAN);

        QuoteFinder finder = new QuoteFinder(terms);
        finder.find(related.get(0).text(), en, LIMIT); // dictionary load, warm-up
        for (int half = 0; half < 2; half++) {
            List<Query> u = half(unrelated, half);
            List<Query> r = half(related, half);
            long started = System.nanoTime();
            List<List<QuoteMatch>> uFound = new ArrayList<>();
            for (Query q : u) {
                uFound.add(finder.find(q.text(), en, LIMIT));
            }
            List<List<QuoteMatch>> rFound = new ArrayList<>();
            for (Query q : r) {
                rFound.add(finder.find(q.text(), en, LIMIT));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            report(half == 0 ? "tuning (even)" : "held-out (odd)", u, uFound, r, rFound, seconds, show);
        }
    }

    private static void report(String label, List<Query> unrelated, List<List<QuoteMatch>> uFound,
                               List<Query> related, List<List<QuoteMatch>> rFound, double seconds, boolean show) {
        int falseMatches = 0;
        for (int k = 0; k < unrelated.size(); k++) {
            if (!uFound.get(k).isEmpty()) {
                falseMatches++;
                if (show) {
                    QuoteMatch top = uFound.get(k).get(0);
                    System.out.printf(Locale.ROOT, "  false %.2f  %s%n        -> %s%n        because %s%n", top.score(),
                            unrelated.get(k).text(), text(top), because(top));
                }
            }
        }
        int answered = 0;
        int right = 0;
        int rightIn3 = 0;
        int[] binAnswered = new int[10];
        int[] binRight = new int[10];
        for (int k = 0; k < related.size(); k++) {
            List<QuoteMatch> found = rFound.get(k);
            if (found.isEmpty()) {
                continue;
            }
            answered++;
            boolean ok = overlaps(found.get(0), related.get(k).reference());
            int bin = Math.min(9, (int) (found.get(0).score() * 10));
            binAnswered[bin]++;
            if (ok) {
                right++;
                binRight[bin]++;
            } else if (show) {
                System.out.printf(Locale.ROOT, "  wrong %.2f  %s%n        -> %s%n        because %s%n",
                        found.get(0).score(), related.get(k).text(), text(found.get(0)), because(found.get(0)));
            }
            for (int c = 0; c < Math.min(3, found.size()); c++) {
                if (overlaps(found.get(c), related.get(k).reference())) {
                    rightIn3++;
                    break;
                }
            }
        }
        int queries = unrelated.size() + related.size();
        System.out.printf(Locale.ROOT, "%s: false matches %d/%d = %.1f%%; top-1 precision %d/%d = %.1f%%, "
                        + "recall %d/%d = %.1f%%, recall@3 %.1f%%; %.0f quotes/s%n", label, falseMatches,
                unrelated.size(), 100.0 * falseMatches / unrelated.size(), right, answered,
                100.0 * right / Math.max(1, answered), right, related.size(), 100.0 * right / related.size(),
                100.0 * rightIn3 / related.size(), queries / seconds);
        StringBuilder bins = new StringBuilder("  top-1 right by score:");
        for (int bin = 0; bin < 10; bin++) {
            if (binAnswered[bin] > 0) {
                bins.append(String.format(Locale.ROOT, " %.1f-%.1f %d/%d", bin / 10.0, (bin + 1) / 10.0,
                        binRight[bin], binAnswered[bin]));
            }
        }
        System.out.println(bins);
    }

    private static boolean overlaps(QuoteMatch match, Set<Integer> reference) {
        return match.en().stream().anyMatch(s -> reference.contains(s.index()));
    }

    private static <T> List<T> half(List<T> all, int parity) {
        List<T> out = new ArrayList<>();
        for (int k = parity; k < all.size(); k += 2) {
            out.add(all.get(k));
        }
        return out;
    }

    static int han(String text) {
        return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    private static String because(QuoteMatch match) {
        StringBuilder out = new StringBuilder();
        match.evidence().stream().filter(e -> e.zh() != null && e.en() != null && e.weight() > 0)
                .forEach(e -> out.append(out.isEmpty() ? "" : ", ").append(e.zh()).append(" ↔ ").append(e.en()));
        return out.toString();
    }

    private static String text(QuoteMatch match) {
        StringBuilder out = new StringBuilder();
        match.en().forEach(s -> out.append(out.isEmpty() ? "" : " ").append(s.text()));
        return out.toString();
    }
}
