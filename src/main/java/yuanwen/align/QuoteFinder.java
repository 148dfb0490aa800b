package yuanwen.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.NumberMention;
import yuanwen.segment.Sentence;

/**
 * Quote mode: where in an English source a Chinese quote comes from, wherever it is (no order is
 * assumed). Every span of 1–3 consecutive English sentences is scored; the best non-overlapping
 * spans whose score reaches {@link #MIN_SCORE} are returned, best first. An unrelated quote
 * returns nothing.
 *
 * <p>A span's evidence combines two measures. The lexical similarity of a bead (the weighted
 * share of both sides' words that found a translation on the other side) says how much of the
 * quote and of the span account for each other. The surprise says how unlikely the words found
 * are to be found by chance: each content word found counts the inverse document frequency in
 * the source of the English word it found (finding "think" or "right" in an interview proves
 * little, "Azure" or "$66 billion" much), less what a longer span and the many ways of choosing
 * which of the quote's words are found add to the odds. The two are combined into a logistic
 * score fitted on {@code yuanwen.bench.QuoteBenchmark}'s tuning half: the estimated probability
 * that the span is the quote's original when, as there, half the quotes looked up come from the
 * source and half from unrelated texts (scores are not comparable across sources of very
 * different sizes: the surprise grows with the number of sentences a word could be found in).
 * On the benchmark's held-out half, under 1% of sentences from other interviews find a span in
 * the Nadella transcript (generic phrases such as 这是个很有趣的问题), and of the article's
 * sentences that find one, about 98% find their original first.
 */
public final class QuoteFinder {

    /** The most English sentences one quote may span. */
    static final int MAX_SPAN = 3;
    /**
     * The lowest score offered. On the benchmark's tuning half, at 0.6 about 3% of unrelated
     * quotes find a span and 65% of the article's sentences their original; at 0.7, 1% and 60%.
     */
    static final double MIN_SCORE = 0.7;
    /** A span must find at least this many of the quote's content words: one shared word is chance. */
    static final int MIN_MATCHED_WORDS = 2;
    /** How much one nat of surprise adds to the similarity. */
    static final double SURPRISE_WEIGHT = 1 / 200.0;
    /** The logistic calibration of {@code similarity + SURPRISE_WEIGHT * surprise}: slope and offset. */
    private static final double SLOPE = 16.0;
    private static final double OFFSET = -7.15;
    private static final double TYPICAL_INVERSE_SHARE = 20;
    /** As in {@link BeadScorer}: keeps a near-empty span from scoring high on one lucky match. */
    private static final double SMOOTHING = 2.0;
    private static final Set<String> FUNCTION_WORDS = readFunctionWords();

    private final CedictDictionary dictionary;
    private final TermFinder terms;
    /** The last source's profiles: a user looking up quotes looks them up in one source. */
    private Source source;

    public QuoteFinder() {
        this(TermFinder.NONE);
    }

    public QuoteFinder(TermFinder terms) {
        this.dictionary = CedictDictionary.standard();
        this.terms = terms;
    }

    /** An English source read once: its profiles and the profiler that knows its words and names. */
    private record Source(List<Sentence> en, Profiler profiler, EnProfile[] profiles) {
    }

    /**
     * @param chineseQuote a Chinese sentence or passage (simplified or traditional)
     * @param en           the English source's sentences
     * @param limit        the most matches to return
     * @return matches best first; empty when nothing plausible exists
     */
    public synchronized List<QuoteMatch> find(String chineseQuote, List<Sentence> en, int limit) {
        if (limit <= 0 || en.isEmpty() || chineseQuote.isBlank()) {
            return List.of();
        }
        Sentence quote = new Sentence(0, chineseQuote, null, 1, 1, 0, chineseQuote.length(), null, null);
        Aligner.checkInput(List.of(quote), en, AlignParameters.defaults());
        Source read = source(en);
        EnProfile[] enProfiles = read.profiles();
        ZhProfile[] zhProfiles = read.profiler().chinese(List.of(quote));
        ZhProfile zh = zhProfiles[0];
        int m = enProfiles.length;
        boolean[] content = weighAsTypical(zh);
        LinkTable links = new LinkTable(zhProfiles, enProfiles, new int[] {0}, new int[] {m});
        BeadScorer scorer = new BeadScorer(zhProfiles, enProfiles, links, AlignParameters.defaults());
        SpanEvidence spans = new SpanEvidence(zh, content, enProfiles, links);

        double typical = Math.log(1 + TYPICAL_INVERSE_SHARE);
        List<double[]> candidates = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (spans.found(j).zh() == null) {
                continue; // a span must find something with its first sentence
            }
            for (int b = 1; b <= MAX_SPAN && j + b <= m; b++) {
                long[] found = spans.zhFound(j, b);
                int words = spans.contentWords(found);
                if (words < MIN_MATCHED_WORDS || !everySentenceAdds(spans, j, b, found, typical / 2)) {
                    continue;
                }
                double evidence = spans.similarity(j, b, found) + SURPRISE_WEIGHT * spans.surprise(j, b, words);
                double score = 1 / (1 + Math.exp(-(SLOPE * evidence + OFFSET)));
                if (score >= MIN_SCORE) {
                    candidates.add(new double[] {evidence, j, b, score});
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
            out.add(new QuoteMatch(span, BeadScorer.round(c[3]), scorer.explain(0, 1, j, b), first.firstLine(), last.lastLine(),
                    first.start(), last.end()));
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    /** The source's profiles, read again only when the source changes. */
    private Source source(List<Sentence> en) {
        if (source == null || !source.en().equals(en)) {
            Profiler profiler = new Profiler(dictionary, terms);
            List<Sentence> copy = List.copyOf(en);
            source = new Source(copy, profiler, profiler.english(copy));
        }
        return source;
    }

    /**
     * A lone quote has no document to count Chinese word frequencies in, so every word weighs
     * like a typical one in a document, one found in a twentieth of the sentences; function words
     * ({@code function-words.zh.txt}) like one found in half of them.
     *
     * @return for each unit, whether it is a content word
     */
    private static boolean[] weighAsTypical(ZhProfile quote) {
        float typical = (float) Math.log(1 + TYPICAL_INVERSE_SHARE);
        float common = (float) Math.log(1 + 2);
        float total = 0;
        boolean[] content = new boolean[quote.units()];
        for (int u = 0; u < quote.units(); u++) {
            content[u] = !FUNCTION_WORDS.contains(quote.unitKeys[u]);
            quote.weights[u] = content[u] ? typical : common;
            total += quote.weights[u];
        }
        quote.totalWeight = total;
        return content;
    }

    /**
     * What a span of English sentences finds of the quote. As in a bead, the similarity is the
     * weighted share of both sides' units that found a translation on the other side; but a
     * number counts as found only by an English number of the same kind (四小时 is not "four
     * years"). The surprise is how unlikely it is to find so much by chance, in nats: for each
     * content item found, the weight (inverse document frequency in the source) of the rarest
     * English word it found, less {@code ln b} for each content word found, as a span of
     * {@code b} sentences is {@code b} times as likely to hold a word, less the log of the number
     * of ways to choose that many of the quote's content words.
     */
    private static final class SpanEvidence {

        private final ZhProfile zh;
        private final boolean[] content;
        private final int contentUnits;
        private final boolean[] contentItem;
        private final EnProfile[] en;
        private final LinkTable links;
        private final Found[] found;

        /** What one English sentence finds: the quote's units, its own matched weight, per item the rarest word. */
        private record Found(long[] zh, double enWeight, float[] rarest) {
        }

        private static final Found NOTHING = new Found(null, 0, null);

        SpanEvidence(ZhProfile zh, boolean[] content, EnProfile[] en, LinkTable links) {
            this.zh = zh;
            this.content = content;
            this.en = en;
            this.links = links;
            int count = 0;
            for (boolean c : content) {
                count += c ? 1 : 0;
            }
            this.contentUnits = count;
            this.contentItem = new boolean[zh.items.length];
            for (int t = 0; t < zh.items.length; t++) {
                long[] mask = zh.items[t].unitMask();
                for (int u = 0; u < content.length; u++) {
                    contentItem[t] |= content[u] && Masks.get(mask, u);
                }
            }
            this.found = new Found[en.length];
        }

        /** The quote's units found by any sentence of the span. */
        long[] zhFound(int j, int b) {
            long[] union = Masks.create(zh.units());
            for (int k = j; k < j + b; k++) {
                long[] mask = found(k).zh();
                if (mask != null) {
                    Masks.or(union, mask);
                }
            }
            return union;
        }

        double zhWeight(long[] zhFound) {
            return Masks.weigh(zhFound, zh.weights);
        }

        int contentWords(long[] zhFound) {
            int count = 0;
            for (int u = 0; u < content.length; u++) {
                if (content[u] && Masks.get(zhFound, u)) {
                    count++;
                }
            }
            return count;
        }

        double similarity(int j, int b, long[] zhFound) {
            double matched = zhWeight(zhFound);
            double total = SMOOTHING + zh.totalWeight;
            for (int k = j; k < j + b; k++) {
                matched += found(k).enWeight();
                total += en[k].totalWeight;
            }
            return matched / total;
        }

        double surprise(int j, int b, int words) {
            double sum = 0;
            for (int t = 0; t < contentItem.length; t++) {
                float rarest = 0;
                for (int k = j; k < j + b; k++) {
                    float[] r = found(k).rarest();
                    if (r != null) {
                        rarest = Math.max(rarest, r[t]);
                    }
                }
                sum += rarest;
            }
            return sum - words * Math.log(b) - logChoose(contentUnits, words);
        }

        private Found found(int k) {
            if (found[k] == null) {
                found[k] = links.get(0, k).zh() == null ? NOTHING : compute(en[k]);
            }
            return found[k];
        }

        /** What one English sentence finds of the quote: the matches {@link UnitMatcher} decides, as in a bead. */
        private Found compute(EnProfile e) {
            long[] zhMask = Masks.create(zh.units());
            long[] enMask = Masks.create(e.units());
            float[] rarest = new float[contentItem.length];
            boolean[] hit = new boolean[1];
            UnitMatcher.forEachMatch(zh, e, (t, u, kind) -> {
                if (kind == EvidenceKind.NUMBER_MISMATCH) {
                    return; // the quote's score counts what was found; a mismatch shows in the evidence
                }
                hit[0] = true;
                Masks.set(enMask, u);
                Masks.or(zhMask, zh.items[t].unitMask());
                if (contentItem[t]) {
                    rarest[t] = Math.max(rarest[t], e.weights[u]);
                }
            });
            return !hit[0] ? NOTHING : new Found(zhMask, Masks.weigh(enMask, e.weights), rarest);
        }

        static double logChoose(int n, int k) {
            double sum = 0;
            for (int i = 1; i <= k; i++) {
                sum += Math.log((double) (n - k + i) / i);
            }
            return sum;
        }
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
     * A longer span is offered only if its first and its last sentence each find some of the
     * quote that the rest does not: a neighbour that merely repeats a word is not part of the original.
     */
    private static boolean everySentenceAdds(SpanEvidence spans, int j, int b, long[] found, double margin) {
        if (b == 1) {
            return true;
        }
        double all = spans.zhWeight(found);
        return all - spans.zhWeight(spans.zhFound(j + 1, b - 1)) >= margin
                && all - spans.zhWeight(spans.zhFound(j, b - 1)) >= margin;
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
