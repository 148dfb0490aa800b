package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import yuanwen.segment.Language;
import yuanwen.segment.Sentence;
import yuanwen.text.WordList;

/**
 * Quote mode: where in an English source a Chinese quote comes from, wherever it is (no order is
 * assumed). Every span of 1 to {@link #MAX_SPAN} consecutive English sentences that shares words
 * with the quote is measured ({@link QuoteFeatures}); {@link QuoteDecision} ranks them and says how
 * likely each is the original, from the evidence and from the margin to the best competing span.
 * Works on an immutable {@link QuoteIndex}: one finder serves any number of lookups.
 */
public final class QuoteFinder {

    /** The default score from which a candidate counts as found (a calibrated probability). */
    public static final double FOUND_SCORE = QuoteDecision.FOUND;
    /** The most English sentences one quote may span. */
    static final int MAX_SPAN = 6;
    private static final double TYPICAL_INVERSE_SHARE = 20;
    /** As in {@link BeadScorer}: keeps a near-empty span from scoring high on one lucky match. */
    private static final double SMOOTHING = 2.0;
    private static final Set<String> FUNCTION_WORDS = readFunctionWords();
    private static final LengthModel LENGTHS = new LengthModel(AlignParameters.defaults().lengthRatio(),
            AlignParameters.defaults().lengthVariance());

    private final QuoteIndex index;
    private final QuoteDecision decision;

    public QuoteFinder(QuoteIndex index) {
        this(index, QuoteDecision.STANDARD);
    }

    QuoteFinder(QuoteIndex index, QuoteDecision decision) {
        this.index = index;
        this.decision = decision;
    }

    public QuoteIndex index() {
        return index;
    }

    /** As {@link #find(String, int, double)} with the calibrated "found" threshold. */
    public QuoteResult find(String chineseQuote, int limit) {
        return find(chineseQuote, limit, QuoteDecision.FOUND);
    }

    /**
     * @param chineseQuote a Chinese sentence or passage (simplified or traditional)
     * @param limit        the most candidates to return, found and weak together
     * @param minScore     the score from which a candidate counts as found (0–1)
     * @return the verdict, the found candidates best first and the best weak ones
     * @throws IllegalArgumentException when the quote has no Chinese characters
     */
    public QuoteResult find(String chineseQuote, int limit, double minScore) {
        if (limit <= 0 || chineseQuote.isBlank() || index.size() == 0) {
            return QuoteResult.NONE;
        }
        if (Language.of(chineseQuote) != Language.ZH) {
            throw new IllegalArgumentException("the quote has no Chinese characters; give the Chinese text to look up");
        }
        Lookup lookup = lookup(chineseQuote);
        double weakFloor = Math.min(QuoteDecision.WEAK, minScore);
        List<QuoteMatch> found = new ArrayList<>();
        List<QuoteMatch> weak = new ArrayList<>();
        for (QuoteDecision.Scored scored : decision.score(lookup.candidates())) {
            if (found.size() + weak.size() == limit || scored.score() < weakFloor) {
                break;
            }
            QuoteMatch match = match(lookup.quote(), scored);
            (scored.score() >= minScore ? found : weak).add(match);
        }
        return new QuoteResult(found, weak, List.of());
    }

    /** A quote's spans with their features, in source order. */
    record Lookup(ZhProfile quote, List<QuoteCandidate> candidates) {
    }

    Lookup lookup(String chineseQuote) {
        ZhProfile zh = index.profileQuote(chineseQuote);
        boolean[] content = weighAsTypical(zh);
        dropFunctionWordItems(zh, content);
        EnProfile[] en = index.profiles();
        int m = en.length;
        boolean[] touched = new boolean[m];
        int[] touchedList = index.touchedBy(zh);
        for (int k : touchedList) {
            touched[k] = true;
        }
        SpanEvidence spans = new SpanEvidence(zh, content, en, touched);
        double typical = Math.log(1 + TYPICAL_INVERSE_SHARE);
        float[] possible = spans.bestPossible(touchedList);
        int[] itemFrequency = spans.itemFrequency(touchedList);
        int matchable = 0;
        double possibleSum = 0;
        for (float p : possible) {
            matchable += p > 0 ? 1 : 0;
            possibleSum += p;
        }
        int quoteChars = Profiler.countChars(chineseQuote);
        List<QuoteCandidate> out = new ArrayList<>();
        for (int j : touchedList) {
            if (spans.found(j).zh() == null) {
                continue; // a span must find something with its first sentence
            }
            int spanChars = 0;
            for (int b = 1; b <= MAX_SPAN && j + b <= m; b++) {
                spanChars += en[j + b - 1].chars;
                if (spans.found(j + b - 1).zh() == null) {
                    continue; // ... and with its last
                }
                long[] found = spans.zhFound(j, b);
                int words = spans.contentWords(found);
                if (words < 1 || !everySentenceAdds(spans, j, b, found, typical / 2)) {
                    continue;
                }
                float[] rarest = spans.rarest(j, b);
                double idf = 0;
                int items = 0;
                double foundSurprise = 0;
                int missed = 0;
                for (int t = 0; t < rarest.length; t++) {
                    if (itemFrequency[t] == 0) {
                        continue; // no sentence of the source has it: says nothing about any span
                    }
                    double chance = 1 - Math.pow(1 - (double) itemFrequency[t] / m, b);
                    if (rarest[t] > 0) {
                        idf += rarest[t];
                        items++;
                        foundSurprise += -Math.log(chance);
                    } else {
                        missed++;
                    }
                }
                double enMatched = 0;
                double enTotal = 0;
                for (int k = j; k < j + b; k++) {
                    enMatched += spans.found(k).enWeight();
                    enTotal += en[k].totalWeight;
                }
                QuoteFeatures features = new QuoteFeatures(
                        spans.similarity(j, b, found),
                        spans.zhWeight(found) / Math.max(1e-9, zh.totalWeight),
                        (double) words / Math.max(1, spans.contentUnits()),
                        enMatched / Math.max(1e-9, enTotal),
                        spans.surprise(j, b, words),
                        LENGTHS.logProbability(quoteChars, spanChars),
                        b,
                        words,
                        spans.contentUnits(),
                        matchable == 0 ? 0 : (double) items / matchable,
                        possibleSum == 0 ? 0 : idf / possibleSum,
                        Math.log(m),
                        foundSurprise,
                        items,
                        missed,
                        enTotal - enMatched,
                        (double) touchedList.length / m);
                out.add(new QuoteCandidate(j, b, features, en[j].sortedIds, spanIds(en, j, b)));
            }
        }
        return new Lookup(zh, out);
    }

    private static int[] spanIds(EnProfile[] en, int j, int b) {
        if (b == 1) {
            return en[j].sortedIds;
        }
        return Arrays.stream(en, j, j + b).flatMapToInt(e -> Arrays.stream(e.sortedIds)).sorted().distinct().toArray();
    }

    /** The user's view of a candidate: its sentences, score and evidence. */
    private QuoteMatch match(ZhProfile quote, QuoteDecision.Scored scored) {
        QuoteCandidate c = scored.candidate();
        EnProfile[] span = Arrays.copyOfRange(index.profiles(), c.first(), c.first() + c.count());
        ZhProfile[] zh = {quote};
        BeadScorer scorer = new BeadScorer(zh, span, new LinkTable(zh, span), AlignParameters.defaults());
        List<Sentence> sentences = index.sentences().subList(c.first(), c.first() + c.count());
        return QuoteMatch.of(sentences, BeadScorer.round(scored.score()), scorer.explain(0, 1, 0, c.count()));
    }

    /**
     * Function words are not looked up: their glosses' rare senses (的 "truly", 了 "understand",
     * 些 "small") found English by chance in every source, and made wrong spans outrank right ones.
     */
    private static void dropFunctionWordItems(ZhProfile quote, boolean[] content) {
        List<ZhProfile.Item> kept = new ArrayList<>();
        for (ZhProfile.Item item : quote.items) {
            boolean any = false;
            for (int u = 0; u < content.length && !any; u++) {
                any = content[u] && Masks.get(item.unitMask(), u);
            }
            if (any) {
                kept.add(item);
            }
        }
        quote.replaceItems(kept.toArray(ZhProfile.Item[]::new));
        float total = 0;
        for (int u = 0; u < content.length; u++) {
            if (!content[u]) {
                quote.weights[u] = 0;
            }
            total += quote.weights[u];
        }
        quote.totalWeight = total;
    }

    /**
     * A lone quote has no document to count Chinese word frequencies in, so every word weighs
     * like a typical one in a document, one found in a twentieth of the sentences; function words
     * ({@code function-words.zh.txt}) like one found in half of them. A word the quote repeats
     * counts once: 这不是医生的错，如果是某些人的错 made any English "wrong" or "bad" find three of
     * the quote's units and outrank the sentence with the doctor (TED quotes whose best span is
     * found and wrong: 3.4% → 2.5%).
     *
     * @return for each unit, whether it is a content word
     */
    private static boolean[] weighAsTypical(ZhProfile quote) {
        float typical = (float) Math.log(1 + TYPICAL_INVERSE_SHARE);
        float common = (float) Math.log(1 + 2);
        float total = 0;
        boolean[] content = new boolean[quote.units()];
        Set<String> seen = new HashSet<>();
        for (int u = 0; u < quote.units(); u++) {
            boolean repeat = !seen.add(quote.unitKeys[u]);
            content[u] = !repeat && !FUNCTION_WORDS.contains(quote.unitKeys[u]);
            quote.weights[u] = repeat ? 0 : content[u] ? typical : common;
            total += quote.weights[u];
        }
        quote.totalWeight = total;
        return content;
    }

    private static final class SpanEvidence {

        private final ZhProfile zh;
        private final boolean[] content;
        private final int contentUnits;
        private final boolean[] contentItem;
        private final EnProfile[] en;
        private final boolean[] touched;
        private final Found[] found;

        /** What one English sentence finds: the quote's units, its own matched weight, per item the rarest word. */
        private record Found(long[] zh, double enWeight, float[] rarest) {
        }

        private static final Found NOTHING = new Found(null, 0, null);

        /** @param touched the sentences sharing a candidate with the quote (the others find nothing) */
        SpanEvidence(ZhProfile zh, boolean[] content, EnProfile[] en, boolean[] touched) {
            this.zh = zh;
            this.content = content;
            this.en = en;
            this.touched = touched;
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

        int contentUnits() {
            return contentUnits;
        }

        /** Per item of the quote, the weight of the rarest English word the span found it with (0: not found). */
        float[] rarest(int j, int b) {
            float[] out = new float[contentItem.length];
            for (int k = j; k < j + b; k++) {
                float[] r = found(k).rarest();
                if (r != null) {
                    for (int t = 0; t < out.length; t++) {
                        out[t] = Math.max(out[t], r[t]);
                    }
                }
            }
            return out;
        }

        /** Per item, how many of the given sentences find it (content items only). */
        int[] itemFrequency(int[] sentences) {
            int[] out = new int[contentItem.length];
            for (int k : sentences) {
                float[] r = found(k).rarest();
                if (r != null) {
                    for (int t = 0; t < out.length; t++) {
                        out[t] += r[t] > 0 ? 1 : 0;
                    }
                }
            }
            return out;
        }

        /**
         * Per item, the most any sentence of the source finds it with: what the quote itself could
         * match here, so that coverage is measured against what is findable at all.
         */
        float[] bestPossible(int[] sentences) {
            float[] out = new float[contentItem.length];
            for (int k : sentences) {
                float[] r = found(k).rarest();
                if (r != null) {
                    for (int t = 0; t < out.length; t++) {
                        out[t] = Math.max(out[t], r[t]);
                    }
                }
            }
            return out;
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

        Found found(int k) {
            if (found[k] == null) {
                found[k] = touched[k] ? compute(en[k]) : NOTHING;
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
        return WordList.words(QuoteFinder.class, "function-words.zh.txt");
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
}
