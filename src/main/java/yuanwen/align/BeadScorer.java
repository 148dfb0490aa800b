package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a candidate bead (Chinese sentences {@code [i, i+a)} against English {@code [j, j+b)}):
 * the lexical similarity of the two spans, the fit of their lengths, and a prior on the bead's
 * shape; and explains a chosen bead as a list of {@link Evidence}.
 *
 * <p>The lexical similarity is the weighted share of units on both sides that found a
 * translation on the other side, less the share of numbers that contradict one
 * ({@link UnitMatcher}), {@code (matchedZh + matchedEn - mismatchedZh - mismatchedEn) /
 * (totalZh + totalEn + c)}: spans are compared whole, so a 1–2 bead is judged on everything its
 * two English sentences say. {@link #explain} walks the same matches and gives each its share of
 * that similarity, so a bead's match evidence adds up to its similarity.
 */
final class BeadScorer {

    /** Keeps near-empty sentences (一声"嗯。") from scoring 1.0 on one lucky match. */
    private static final double SMOOTHING = 2.0;
    /** Score given to a bead's speakers agreeing (or, negated, disagreeing). */
    private static final double SPEAKER_WEIGHT = 0.5;
    /** Even in a heavily condensed translation, leaving a sentence out is not free. */
    private static final double MIN_SKIP_COST = 0.1;
    /**
     * Names that number people rather than name them (Otter's "Speaker 1", diarisation's "spk_0").
     * Turns the source does not name at all never get here: the profiles carry no name for them.
     */
    private static final java.util.regex.Pattern ANONYMOUS_SPEAKER =
            java.util.regex.Pattern.compile("(?:speaker|spk|voice)[ _-]*\\d*|\\d+|[a-z]");

    private final ZhProfile[] zh;
    private final EnProfile[] en;
    private final LinkTable links;
    private final LengthModel lengths;
    private final AlignParameters parameters;
    /** The model's shape priors, by [zh sentences - 1][en sentences - 1]. */
    private final double[][] shapePrior;
    private final double zhSkipCost;
    /** Prefix sums, so that a bead's lengths and total weights cost two lookups. */
    private final int[] zhCharsBefore;
    private final int[] enCharsBefore;
    private final double[] zhWeightBefore;
    private final double[] enWeightBefore;
    private final double enSkipCost;
    /**
     * Per Chinese sentence, from column {@code spanStart[i]}: the matched weight of sentence i
     * against English spans {@code [j, j+b)} (4 per column, b = 1..4), and of English sentence j
     * against Chinese spans {@code [i, i+a)} (3 per column, a = 1..3). Null until
     * {@link #cacheSpans}; a search then reads each bead's similarity as a+b numbers instead of
     * OR-ing 2ab masks.
     */
    private int[] spanStart;
    private float[][] zhSpans;
    private float[][] enSpans;

    BeadScorer(ZhProfile[] zh, EnProfile[] en, LinkTable links, AlignParameters parameters) {
        this(zh, en, links, parameters, new LengthModel(parameters.lengthRatio(), parameters.lengthVariance()));
    }

    /**
     * With a length model of the document's own (fitted on its confident pairs); the skip costs
     * still compare the sides' lengths by the given ratio.
     */
    BeadScorer(ZhProfile[] zh, EnProfile[] en, LinkTable links, AlignParameters parameters, LengthModel lengths) {
        this.zh = zh;
        this.en = en;
        this.links = links;
        this.lengths = lengths;
        this.parameters = parameters;
        this.shapePrior = parameters.model().shapePriors().table();
        this.zhCharsBefore = new int[zh.length + 1];
        this.enCharsBefore = new int[en.length + 1];
        this.zhWeightBefore = new double[zh.length + 1];
        this.enWeightBefore = new double[en.length + 1];
        for (int k = 0; k < zh.length; k++) {
            zhCharsBefore[k + 1] = zhCharsBefore[k] + zh[k].chars;
            zhWeightBefore[k + 1] = zhWeightBefore[k] + zh[k].totalWeight;
        }
        for (int k = 0; k < en.length; k++) {
            enCharsBefore[k + 1] = enCharsBefore[k] + en[k].chars;
            enWeightBefore[k + 1] = enWeightBefore[k] + en[k].totalWeight;
        }
        // The documents' lengths tell how much one side leaves out: an interview transcript three
        // times longer than its condensed article has two thirds of its English untranslated, so
        // skipping English must be cheap there, while in a full translation skips are rare.
        double zhChars = zhChars(0, zh.length);
        double enChars = enChars(0, en.length);
        double expectedEn = parameters.lengthRatio() * zhChars;
        this.enSkipCost = skipCost(parameters.skipCost(), expectedEn, enChars);
        this.zhSkipCost = skipCost(parameters.skipCost(), enChars, expectedEn);
    }

    /** The full cost when a side is no longer than the other predicts, falling with the square of its excess. */
    private static double skipCost(double cost, double predicted, double actual) {
        if (actual <= 0 || actual <= predicted) {
            return cost;
        }
        double covered = predicted / actual;
        return Math.max(MIN_SKIP_COST, cost * covered * covered);
    }

    /** The search's objective for one bead: higher is better; one-sided beads cost a skip per sentence. */
    double value(int i, int a, int j, int b) {
        if (a == 0) {
            return -enSkipCost * b;
        }
        if (b == 0) {
            return -zhSkipCost * a;
        }
        double sim = similarity(i, a, j, b);
        double length = lengths.logProbability(zhChars(i, a), enChars(j, b));
        return parameters.lexicalWeight() * (a + b) * sim + parameters.lengthWeight() * length
                + shapePrior(a, b) + speakerValue(i, a, j, b);
    }

    /** How likely a bead of a Chinese and b English sentences is a priori (a, b at least 1). */
    double shapePrior(int a, int b) {
        return shapePrior[a - 1][b - 1];
    }

    /**
     * Weighted share of both sides' units that found a translation on the other side, less the
     * share of numbers left contradicting one: at most 1, below 0 only when mismatches outweigh matches.
     */
    double similarity(int i, int a, int j, int b) {
        double matched = 0;
        double total = lexicalTotal(i, a, j, b);
        if (a == 1 && b == 1) {
            LinkTable.Links one = links.get(i, j);
            return (one.zhWeight() + one.enWeight()) / total;
        }
        // Chinese side: per sentence, the units matched by any English sentence of the span.
        for (int ii = i; ii < i + a; ii++) {
            matched += zhSpanWeight(ii, j, b);
        }
        for (int jj = j; jj < j + b; jj++) {
            matched += enSpanWeight(jj, i, a);
        }
        return matched / total;
    }

    /** The denominator of the bead's similarity: both sides' unit weights and the smoothing. */
    private double lexicalTotal(int i, int a, int j, int b) {
        return SMOOTHING + zhWeightBefore[i + a] - zhWeightBefore[i] + enWeightBefore[j + b] - enWeightBefore[j];
    }

    private float zhSpanWeight(int i, int j, int b) {
        if (zhSpans != null) {
            int k = j - spanStart[i];
            float[] row = zhSpans[i];
            if (k >= 0 && k * ZH_SPANS < row.length) {
                float cached = row[k * ZH_SPANS + b - 1];
                if (!Float.isNaN(cached)) {
                    return cached;
                }
            }
        }
        return unionWeight(i, j, b, true, zh[i].weights);
    }

    private float enSpanWeight(int j, int i, int a) {
        if (enSpans != null) {
            int k = j - spanStart[i];
            float[] row = enSpans[i];
            if (k >= 0 && k * EN_SPANS < row.length) {
                float cached = row[k * EN_SPANS + a - 1];
                if (!Float.isNaN(cached)) {
                    return cached;
                }
            }
        }
        return unionWeight(j, i, a, false, en[j].weights);
    }

    private static final int ZH_SPANS = BeadShapes.MAX_EN;
    private static final int EN_SPANS = BeadShapes.MAX_ZH;

    /**
     * Precomputes the span weights that a search over {@code band} asks for: a bead starting at
     * (i, j) in the band reads Chinese rows i..i+2 from column j and English columns j..j+3 in
     * row i. Each value is what {@link #unionWeight} gives, built up one sentence at a time from
     * the pairs the link table holds, so scores do not change; a span reaching a pair the table
     * does not hold is left NaN and computed when asked.
     */
    void cacheSpans(SearchBand band) {
        int n = zh.length;
        spanStart = new int[n];
        float[][] zhRows = new float[n][];
        float[][] enRows = new float[n][];
        // Rows are independent (the link table is only read): two threads fill their own halves.
        TwoThreads.forRange(n, (from, to) -> cacheSpanRows(band, from, to, zhRows, enRows));
        zhSpans = zhRows;
        enSpans = enRows;
    }

    private void cacheSpanRows(SearchBand band, int fromRow, int toRow, float[][] zhRows, float[][] enRows) {
        int n = zh.length;
        int m = en.length;
        SpanUnion zhUnion = new SpanUnion(true);
        SpanUnion enUnion = new SpanUnion(false);
        for (int i = fromRow; i < toRow; i++) {
            // Beads starting in rows i-2..i that end inside the band.
            int lo = Math.max(band.from[Math.max(0, i - (BeadShapes.MAX_ZH - 1))],
                    band.from[i + 1] - BeadShapes.MAX_EN);
            int hi = Math.min(m, band.to[i] + BeadShapes.MAX_EN);
            int width = Math.max(0, hi - lo);
            spanStart[i] = lo;
            float[] zhRow = new float[width * ZH_SPANS];
            float[] enRow = new float[width * EN_SPANS];
            Arrays.fill(zhRow, Float.NaN);
            Arrays.fill(enRow, Float.NaN);
            int zhWords = Masks.create(zh[i].units()).length;
            for (int k = 0; k < width; k++) {
                int j = lo + k;
                // Chinese sentence i against English [j, j+b): as unionWeight, one b at a time.
                zhUnion.reset(zhWords);
                for (int b = 1; b <= ZH_SPANS && j + b <= m; b++) {
                    LinkTable.Links l = links.cached(i, j + b - 1);
                    if (l == null) {
                        break;
                    }
                    zhUnion.add(l);
                    zhRow[k * ZH_SPANS + b - 1] = zhUnion.weight(zh[i].weights);
                }
                // English sentence j against Chinese [i, i+a).
                enUnion.reset(Masks.create(en[j].units()).length);
                for (int a = 1; a <= EN_SPANS && i + a <= n; a++) {
                    LinkTable.Links l = links.cached(i + a - 1, j);
                    if (l == null) {
                        break;
                    }
                    enUnion.add(l);
                    enRow[k * EN_SPANS + a - 1] = enUnion.weight(en[j].weights);
                }
            }
            zhRows[i] = zhRow;
            enRows[i] = enRow;
        }
    }

    /**
     * The net weight of one sentence's units against a span on the other side: the pair's own
     * weight when only one pair matched (the common case), else the OR of the masks, less the
     * units left mismatched that no pair of the span matched.
     */
    private float unionWeight(int sentence, int spanStart, int spanLength, boolean chinese, float[] weights) {
        SpanUnion union = new SpanUnion(chinese);
        union.reset(Masks.create(chinese ? zh[sentence].units() : en[sentence].units()).length);
        for (int k = spanStart; k < spanStart + spanLength; k++) {
            union.add(chinese ? links.get(sentence, k) : links.get(k, sentence));
        }
        return union.weight(weights);
    }

    /**
     * One sentence's matched and mismatched units, from the pairs it forms with the sentences of
     * a span on the other side, added one pair at a time. Masks are copied only when a second
     * pair has something: most sentences find their matches in one sentence of a span.
     */
    private static final class SpanUnion {
        private final boolean chinese;
        /** Scratch masks, allocated at the first union and reused while long enough. */
        private long[] matched;
        private long[] mismatched;
        private int words;
        private int pairs;
        private boolean anyMismatch;
        private LinkTable.Links first;

        SpanUnion(boolean chinese) {
            this.chinese = chinese;
        }

        void reset(int words) {
            this.words = words;
            pairs = 0;
            anyMismatch = false;
            first = null;
        }

        void add(LinkTable.Links l) {
            if (!l.touches(chinese)) {
                return;
            }
            if (pairs++ == 0) {
                first = l;
                return;
            }
            if (pairs == 2) {
                if (matched == null || matched.length < words) {
                    matched = new long[words];
                    mismatched = new long[words];
                }
                long[] firstMismatch = chinese ? first.zhMismatch() : first.enMismatch();
                copy(chinese ? first.zh() : first.en(), matched);
                copy(firstMismatch, mismatched);
                anyMismatch = firstMismatch != null;
            }
            long[] match = chinese ? l.zh() : l.en();
            long[] mismatch = chinese ? l.zhMismatch() : l.enMismatch();
            if (match != null) {
                Masks.or(matched, match);
            }
            if (mismatch != null) {
                Masks.or(mismatched, mismatch);
                anyMismatch = true;
            }
        }

        private void copy(long[] mask, long[] into) {
            if (mask == null) {
                Arrays.fill(into, 0, words, 0L);
            } else {
                System.arraycopy(mask, 0, into, 0, words);
            }
        }

        float weight(float[] weights) {
            if (pairs == 0) {
                return 0;
            }
            if (pairs == 1) {
                return chinese ? first.zhWeight() : first.enWeight();
            }
            float plus = Masks.weigh(matched, words, weights);
            return anyMismatch ? plus - Masks.weighExcept(mismatched, matched, words, weights) : plus;
        }
    }

    /** Confidence in 0–1 for the user: mostly the lexical similarity, tempered by the length fit. */
    double confidence(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        double sim = similarity(i, a, j, b);
        double lengthFit = Math.exp(lengths.logProbability(zhChars(i, a), enChars(j, b)));
        double lexical = Math.max(0, Math.min(1, sim / 0.5));
        return round(0.8 * lexical + 0.2 * lengthFit);
    }

    private double speakerValue(int i, int a, int j, int b) {
        String zs = zh[i].speaker;
        String es = en[j].speaker;
        if (zs == null || es == null) {
            return 0;
        }
        return SPEAKER_WEIGHT * speakersAgree(zs, es);
    }

    /**
     * +1 when two speaker labels name the same person (the Chinese label contains a word of the
     * English one: 主持人Brad / Brad Gerstner), -1 when both carry Latin names and none is shared,
     * 0 when it cannot be told (numbered speakers like "Speaker 1", Chinese-only labels).
     */
    static int speakersAgree(String zhSpeaker, String enSpeaker) {
        String z = zhSpeaker.toLowerCase(Locale.ROOT);
        String e = enSpeaker.toLowerCase(Locale.ROOT);
        if (ANONYMOUS_SPEAKER.matcher(e).matches()) {
            return 0;
        }
        boolean zhHasName = false;
        for (String word : z.split("[^a-z]+")) {
            zhHasName |= word.length() >= 3;
        }
        for (String word : e.split("[^a-z]+")) {
            if (word.length() >= 3 && z.contains(word)) {
                return 1;
            }
        }
        return zhHasName ? -1 : 0;
    }

    int zhChars(int i, int a) {
        return zhCharsBefore[i + a] - zhCharsBefore[i];
    }

    int enChars(int j, int b) {
        return enCharsBefore[j + b] - enCharsBefore[j];
    }

    /**
     * The evidence behind a bead, strongest first. Each match {@link UnitMatcher} finds in the
     * bead's sentence pairs is one entry (matches of the same kind between the same surfaces are
     * added up), weighing its share of {@link #similarity}: the weight of the units it is the
     * first to account for, over the similarity's denominator; a mismatch weighs minus its
     * numbers' share, when no other pair of the bead matched them. So the match evidence adds up
     * to the similarity, up to rounding. The LENGTH and SPEAKER entries are those terms of
     * {@link #value}.
     */
    List<Evidence> explain(int i, int a, int j, int b) {
        List<Evidence> out = new ArrayList<>();
        if (a == 0 || b == 0) {
            return out;
        }
        BeadMatches bead = new BeadMatches(i, a, j, b);
        double total = lexicalTotal(i, a, j, b);
        Map<EvidenceKey, double[]> entries = new LinkedHashMap<>();
        for (int[] m : bead.found) {
            double share = bead.account(m);
            if (!Double.isNaN(share)) {
                EvidenceKey key = new EvidenceKey(EvidenceKind.values()[m[4]], zh[i + m[0]].items[m[1]].surface(),
                        en[j + m[2]].surfaces[m[3]]);
                entries.computeIfAbsent(key, k -> new double[1])[0] += share;
            }
        }
        entries.forEach((key, weight) -> out.add(new Evidence(key.kind(), key.zh(), key.en(),
                round(weight[0] / total))));
        int zc = zhChars(i, a);
        int ec = enChars(j, b);
        out.add(new Evidence(EvidenceKind.LENGTH, zc + " chars", ec + " chars",
                round(parameters.lengthWeight() * lengths.logProbability(zc, ec))));
        if (zh[i].speaker != null && en[j].speaker != null) {
            int agree = speakersAgree(zh[i].speaker, en[j].speaker);
            if (agree != 0) {
                out.add(new Evidence(EvidenceKind.SPEAKER, zh[i].speaker, en[j].speaker, agree * SPEAKER_WEIGHT));
            }
        }
        out.sort(Evidence.ORDER);
        return out;
    }

    private record EvidenceKey(EvidenceKind kind, String zh, String en) {
    }

    /**
     * A bead's matches, pair by pair, and which units each side has matched or mismatched in the
     * whole bead: the same sets whose weights {@link #similarity} adds up from the link table.
     */
    private final class BeadMatches {
        private final int i;
        private final int j;
        /** {zh sentence in bead, item, en sentence in bead, unit, kind ordinal}, in walk order. */
        final List<int[]> found = new ArrayList<>();
        private final long[][] zhMatched;
        private final long[][] enMatched;
        private final long[][] zhCounted;
        private final long[][] enCounted;

        BeadMatches(int i, int a, int j, int b) {
            this.i = i;
            this.j = j;
            zhMatched = masks(a, true);
            zhCounted = masks(a, true);
            enMatched = masks(b, false);
            enCounted = masks(b, false);
            for (int ii = 0; ii < a; ii++) {
                ZhProfile z = zh[i + ii];
                for (int jj = 0; jj < b; jj++) {
                    int zi = ii;
                    int ej = jj;
                    UnitMatcher.forEachMatch(z, en[j + jj], (item, unit, kind) -> {
                        if (kind != EvidenceKind.NUMBER_MISMATCH) {
                            Masks.or(zhMatched[zi], z.items[item].unitMask());
                            Masks.set(enMatched[ej], unit);
                        }
                        found.add(new int[] {zi, item, ej, unit, kind.ordinal()});
                    });
                }
            }
        }

        private long[][] masks(int count, boolean chinese) {
            long[][] out = new long[count][];
            for (int k = 0; k < count; k++) {
                out[k] = Masks.create(chinese ? zh[i + k].units() : en[j + k].units());
            }
            return out;
        }

        /**
         * The weight of the units match {@code m} is the first to account for: matched units for
         * a match; for a mismatch, minus the mismatched units no pair of the bead matched.
         *
         * @return the weight, or NaN when the match accounts for no unit
         */
        double account(int[] m) {
            ZhProfile z = zh[i + m[0]];
            EnProfile e = en[j + m[2]];
            boolean mismatch = m[4] == EvidenceKind.NUMBER_MISMATCH.ordinal();
            long[] units = z.items[m[1]].unitMask();
            double weight = 0;
            boolean any = false;
            for (int w = 0; w < units.length; w++) {
                for (long bits = units[w]; bits != 0; bits &= bits - 1) {
                    int u = (w << 6) + Long.numberOfTrailingZeros(bits);
                    if (claim(zhCounted[m[0]], zhMatched[m[0]], u, mismatch)) {
                        weight += mismatch ? -z.weights[u] : z.weights[u];
                        any = true;
                    }
                }
            }
            if (claim(enCounted[m[2]], enMatched[m[2]], m[3], mismatch)) {
                weight += mismatch ? -e.weights[m[3]] : e.weights[m[3]];
                any = true;
            }
            return any ? weight : Double.NaN;
        }

        /** Counts unit u for this entry unless counted already (or, for a mismatch, matched elsewhere). */
        private boolean claim(long[] counted, long[] matched, int u, boolean mismatch) {
            if (Masks.get(counted, u) || mismatch && Masks.get(matched, u)) {
                return false;
            }
            Masks.set(counted, u);
            return true;
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
