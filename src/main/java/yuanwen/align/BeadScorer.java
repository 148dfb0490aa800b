package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yuanwen.segment.NumberMention;

/**
 * Scores a candidate bead (Chinese sentences {@code [i, i+a)} against English {@code [j, j+b)}):
 * the lexical similarity of the two spans, the fit of their lengths, and a prior on the bead's
 * shape; and explains a chosen bead as a list of {@link Evidence}.
 *
 * <p>The lexical similarity is the weighted share of units on both sides that found a
 * translation on the other side, {@code (matchedZh + matchedEn) / (totalZh + totalEn + c)}: spans
 * are compared whole, so a 1–2 bead is judged on everything its two English sentences say.
 */
final class BeadScorer {

    /** Keeps near-empty sentences (一声"嗯。") from scoring 1.0 on one lucky match. */
    private static final double SMOOTHING = 2.0;
    /** Score given to a bead's speakers agreeing (or, negated, disagreeing). */
    private static final double SPEAKER_WEIGHT = 0.5;
    /** Even in a heavily condensed translation, leaving a sentence out is not free. */
    private static final double MIN_SKIP_COST = 0.1;
    /** Labels that number turns rather than name people. */
    private static final java.util.regex.Pattern ANONYMOUS_SPEAKER =
            java.util.regex.Pattern.compile("(?:turn|speaker|spk|voice)[ _-]*\\d*|\\d+|[a-z]");

    private final ZhProfile[] zh;
    private final EnProfile[] en;
    private final LinkTable links;
    private final LengthModel lengths;
    private final AlignParameters parameters;
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
                + BeadShapes.prior(a, b) + speakerValue(i, a, j, b);
    }

    /** Weighted share of both sides' units that found a translation on the other side, 0–1. */
    double similarity(int i, int a, int j, int b) {
        double matched = 0;
        double total = SMOOTHING + zhWeightBefore[i + a] - zhWeightBefore[i] + enWeightBefore[j + b] - enWeightBefore[j];
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
        long[] scratch = new long[1];
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
            if (scratch.length < zhWords) {
                scratch = new long[zhWords];
            }
            for (int k = 0; k < width; k++) {
                int j = lo + k;
                // Chinese sentence i against English [j, j+b): as unionWeight, one b at a time.
                LinkTable.Links first = null;
                boolean union = false;
                for (int b = 1; b <= ZH_SPANS && j + b <= m; b++) {
                    LinkTable.Links l = links.cached(i, j + b - 1);
                    if (l == null) {
                        break;
                    }
                    if (l.zh() != null) {
                        if (first == null) {
                            first = l;
                        } else {
                            if (!union) {
                                System.arraycopy(first.zh(), 0, scratch, 0, zhWords);
                                union = true;
                            }
                            Masks.or(scratch, l.zh());
                        }
                    }
                    zhRow[k * ZH_SPANS + b - 1] = first == null ? 0
                            : !union ? first.zhWeight() : Masks.weigh(scratch, zhWords, zh[i].weights);
                }
                // English sentence j against Chinese [i, i+a).
                long[] enScratch = null;
                LinkTable.Links enFirst = null;
                for (int a = 1; a <= EN_SPANS && i + a <= n; a++) {
                    LinkTable.Links l = links.cached(i + a - 1, j);
                    if (l == null) {
                        break;
                    }
                    if (l.en() != null) {
                        if (enFirst == null) {
                            enFirst = l;
                        } else {
                            if (enScratch == null) {
                                enScratch = enFirst.en().clone();
                            }
                            Masks.or(enScratch, l.en());
                        }
                    }
                    enRow[k * EN_SPANS + a - 1] = enFirst == null ? 0
                            : enScratch == null ? enFirst.enWeight() : Masks.weigh(enScratch, en[j].weights);
                }
            }
            zhRows[i] = zhRow;
            enRows[i] = enRow;
        }
    }

    /** Weight of the Chinese side's units that found a translation. */
    double zhMatchedWeight(int i, int a, int j, int b) {
        double matched = 0;
        for (int ii = i; ii < i + a; ii++) {
            matched += unionWeight(ii, j, b, true, zh[ii].weights);
        }
        return matched;
    }

    /**
     * The weight of one sentence's units matched by any sentence of a span on the other side:
     * the pair's own weight when only one pair matched (the common case), else the OR of the masks.
     */
    private float unionWeight(int sentence, int spanStart, int spanLength, boolean chinese, float[] weights) {
        LinkTable.Links first = null;
        long[] union = null;
        for (int k = spanStart; k < spanStart + spanLength; k++) {
            LinkTable.Links l = chinese ? links.get(sentence, k) : links.get(k, sentence);
            long[] mask = chinese ? l.zh() : l.en();
            if (mask == null) {
                continue;
            }
            if (first == null) {
                first = l;
            } else {
                if (union == null) {
                    union = (chinese ? first.zh() : first.en()).clone();
                }
                Masks.or(union, mask);
            }
        }
        if (first == null) {
            return 0;
        }
        if (union == null) {
            return chinese ? first.zhWeight() : first.enWeight();
        }
        return Masks.weigh(union, weights);
    }

    /** Confidence in 0–1 for the user: mostly the lexical similarity, tempered by the length fit. */
    double confidence(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        double sim = similarity(i, a, j, b);
        double lengthFit = Math.exp(lengths.logProbability(zhChars(i, a), enChars(j, b)));
        double lexical = Math.min(1, sim / 0.5);
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
     * 0 when it cannot be told (anonymous turns like "turn 1", Chinese-only labels).
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

    /** The evidence behind a bead, strongest first. */
    List<Evidence> explain(int i, int a, int j, int b) {
        List<Evidence> out = new ArrayList<>();
        if (a == 0 || b == 0) {
            return out;
        }
        // Each Chinese item that found something: one entry per (item, English surface).
        Map<String, Evidence> seen = new LinkedHashMap<>();
        List<NumberMention> zhNumbersUnmatched = new ArrayList<>();
        List<NumberMention> enNumbersMatched = new ArrayList<>();
        for (int ii = i; ii < i + a; ii++) {
            ZhProfile z = zh[ii];
            for (ZhProfile.Item item : z.items) {
                boolean found = false;
                for (int jj = j; jj < j + b; jj++) {
                    EnProfile e = en[jj];
                    for (int u = 0; u < e.ids.length; u++) {
                        if (java.util.Arrays.binarySearch(item.candidates(), e.ids[u]) < 0) {
                            continue;
                        }
                        found = true;
                        double weight = itemWeight(z, item);
                        EvidenceKind kind = item.kind();
                        NumberMention zhNumber = numberOf(z, item);
                        if (kind == EvidenceKind.NUMBER && e.numbers[u] != null && zhNumber != null
                                && !zhNumber.agrees(e.numbers[u])) {
                            continue; // same value, different kind of quantity: not evidence
                        }
                        if (e.numbers[u] != null) {
                            enNumbersMatched.add(e.numbers[u]);
                        }
                        String key = kind + "\u0000" + item.surface() + "\u0000" + e.surfaces[u];
                        seen.putIfAbsent(key, new Evidence(kind, item.surface(), e.surfaces[u], round(weight)));
                    }
                }
                NumberMention zhNumber = numberOf(z, item);
                if (!found && zhNumber != null) {
                    zhNumbersUnmatched.add(zhNumber);
                }
            }
        }
        out.addAll(seen.values());
        addNumberMismatches(out, zhNumbersUnmatched, enNumbersMatched, j, b);
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

    /** A Chinese number with no equal on the English side, facing an English number of the same kind. */
    private void addNumberMismatches(List<Evidence> out, List<NumberMention> zhUnmatched,
                                     List<NumberMention> enMatched, int j, int b) {
        for (NumberMention zn : zhUnmatched) {
            for (int jj = j; jj < j + b; jj++) {
                for (NumberMention enNumber : en[jj].numbers) {
                    if (enNumber != null && enNumber.kind() == zn.kind() && !enMatched.contains(enNumber)) {
                        out.add(new Evidence(EvidenceKind.NUMBER_MISMATCH, zn.surface(), enNumber.surface(), -1.0));
                    }
                }
            }
        }
    }

    private static NumberMention numberOf(ZhProfile z, ZhProfile.Item item) {
        if (item.kind() != EvidenceKind.NUMBER) {
            return null;
        }
        int unit = firstUnit(item.unitMask());
        return unit < 0 ? null : z.unitNumbers[unit];
    }

    private static double itemWeight(ZhProfile z, ZhProfile.Item item) {
        return Masks.weigh(item.unitMask(), z.weights);
    }

    private static int firstUnit(long[] mask) {
        for (int k = 0; k < mask.length; k++) {
            if (mask[k] != 0) {
                return (k << 6) + Long.numberOfTrailingZeros(mask[k]);
            }
        }
        return -1;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
