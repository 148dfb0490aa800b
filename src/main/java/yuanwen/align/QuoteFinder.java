package yuanwen.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.Sentence;

/**
 * Quote mode: where in an English source a Chinese quote comes from, wherever it is (no order is
 * assumed). Every span of 1–3 consecutive English sentences is scored like a bead; the best
 * non-overlapping spans above a threshold are returned, best first. An unrelated quote returns
 * nothing: the threshold was set so that sentences from unrelated Chinese texts find no span in the
 * Nadella transcript, while the article's own sentences do.
 */
public final class QuoteFinder {

    /** The most English sentences one quote may span. */
    static final int MAX_SPAN = 3;
    /** Minimum lexical similarity for a span to be offered at all. */
    static final double MIN_SIMILARITY = 0.4;
    /** A span must explain at least this many of the quote's words: one shared word is chance. */
    static final int MIN_MATCHED_WORDS = 2;
    private static final double TYPICAL_INVERSE_SHARE = 20;
    private static final Set<String> FUNCTION_WORDS = readFunctionWords();

    private final CedictDictionary dictionary;
    private final TermFinder terms;

    public QuoteFinder() {
        this(TermFinder.NONE);
    }

    public QuoteFinder(TermFinder terms) {
        this.dictionary = CedictDictionary.standard();
        this.terms = terms;
    }

    /**
     * @param chineseQuote a Chinese sentence or passage (simplified or traditional)
     * @param en           the English source's sentences
     * @param limit        the most matches to return
     * @return matches best first; empty when nothing plausible exists
     */
    public List<QuoteMatch> find(String chineseQuote, List<Sentence> en, int limit) {
        if (limit <= 0 || en.isEmpty() || chineseQuote.isBlank()) {
            return List.of();
        }
        Sentence quote = new Sentence(0, chineseQuote, null, 1, 1, 0, chineseQuote.length(), null, null);
        Aligner.checkInput(List.of(quote), en, AlignParameters.defaults());
        Profiler profiler = new Profiler(dictionary, terms);
        EnProfile[] enProfiles = profiler.english(en);
        ZhProfile[] zhProfiles = profiler.chinese(List.of(quote));
        int m = enProfiles.length;
        weighAsTypical(zhProfiles[0]);
        LinkTable links = new LinkTable(zhProfiles, enProfiles, new int[] {0}, new int[] {m});
        BeadScorer scorer = new BeadScorer(zhProfiles, enProfiles, links, AlignParameters.defaults());

        double typical = Math.log(1 + TYPICAL_INVERSE_SHARE);
        List<double[]> candidates = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (links.get(0, j).zh() == null) {
                continue; // a span must share something with its first sentence
            }
            for (int b = 1; b <= MAX_SPAN && j + b <= m; b++) {
                double sim = scorer.similarity(0, 1, j, b);
                double explained = scorer.zhMatchedWeight(0, 1, j, b);
                if (sim >= MIN_SIMILARITY && explained >= MIN_MATCHED_WORDS * typical
                        && everySentenceAdds(scorer, j, b, explained, typical / 2)) {
                    candidates.add(new double[] {scorer.confidence(0, 1, j, b), j, b});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1])
                .thenComparingDouble(c -> c[2]));
        List<QuoteMatch> out = new ArrayList<>();
        boolean[] used = new boolean[m];
        for (double[] c : candidates) {
            int j = (int) c[1];
            int b = (int) c[2];
            if (overlaps(used, j, b)) {
                continue;
            }
            for (int k = j; k < j + b; k++) {
                used[k] = true;
            }
            List<Sentence> span = en.subList(j, j + b);
            Sentence first = span.get(0);
            Sentence last = span.get(span.size() - 1);
            out.add(new QuoteMatch(span, c[0], scorer.explain(0, 1, j, b), first.firstLine(), last.lastLine(),
                    first.start(), last.end()));
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    /**
     * A lone quote has no document to count Chinese word frequencies in, so every word weighs
     * like a typical one in a document, one found in a twentieth of the sentences; function words
     * ({@code function-words.zh.txt}) like one found in half of them.
     */
    private static void weighAsTypical(ZhProfile quote) {
        float typical = (float) Math.log(1 + TYPICAL_INVERSE_SHARE);
        float common = (float) Math.log(1 + 2);
        float total = 0;
        for (int u = 0; u < quote.units(); u++) {
            quote.weights[u] = FUNCTION_WORDS.contains(quote.unitKeys[u]) ? common : typical;
            total += quote.weights[u];
        }
        quote.totalWeight = total;
    }

    private static Set<String> readFunctionWords() {
        try (InputStream in = QuoteFinder.class.getResourceAsStream("function-words.zh.txt")) {
            if (in == null) {
                throw new IllegalStateException("yuanwen/align/function-words.zh.txt missing from this build");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf('#');
                String content = comment >= 0 ? line.substring(0, comment) : line;
                for (String word : content.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A longer span is offered only if its first and its last sentence each explain some of the
     * quote that the rest does not: a neighbour that merely repeats a word is not part of the original.
     */
    private static boolean everySentenceAdds(BeadScorer scorer, int j, int b, double explained, double margin) {
        if (b == 1) {
            return true;
        }
        return explained - scorer.zhMatchedWeight(0, 1, j + 1, b - 1) >= margin
                && explained - scorer.zhMatchedWeight(0, 1, j, b - 1) >= margin;
    }

    private static boolean overlaps(boolean[] used, int j, int b) {
        for (int k = j; k < j + b; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }
}
