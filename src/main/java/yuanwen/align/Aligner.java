package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.Language;
import yuanwen.segment.Sentence;

/**
 * Document mode: pairs the sentences of a Chinese article with the English they translate.
 *
 * <p>Steps: reduce both sides to matchable units ({@link Profiler}); for long documents find
 * confident anchors ({@link AnchorFinder}) and a band through them ({@link SearchBand}); search the
 * best monotone bead sequence ({@link BeadSearch}); then learn a translation table from the
 * confident beads ({@link TranslationTable}) and search once more with it. Chinese left without
 * English, and English passages the article dropped, come out as one-sided beads.
 *
 * <p>The resources (CC-CEDICT, the glossary's {@link TermFinder}) are given to the constructor;
 * the fitted numbers come with each run's {@link AlignParameters#model()}. Instances are stateless
 * and thread-safe; the dictionary is loaded once per process.
 */
public final class Aligner {

    /** Beads at least this similar teach the translation table. */
    private static final double CONFIDENT_SIMILARITY = 0.3;
    /** Below this similarity a pair needs aligned neighbours to be believed. */
    private static final double ISOLATED_MIN_SIMILARITY = 0.3;
    /** Runs of up to this many pairs between unaligned sentences must show that similarity on average. */
    private static final int MAX_ISLAND_PAIRS = 3;

    private final CedictDictionary dictionary;
    private final TermFinder terms;

    /** With the shipped CC-CEDICT and no glossary. */
    public Aligner() {
        this(TermFinder.NONE);
    }

    /** With the shipped CC-CEDICT and a glossary. */
    public Aligner(TermFinder terms) {
        this(CedictDictionary.standard(), terms);
    }

    /**
     * @param dictionary the Chinese–English dictionary
     * @param terms      the glossary, or {@link TermFinder#NONE}
     */
    public Aligner(CedictDictionary dictionary, TermFinder terms) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /** The same dictionary with another glossary. */
    public Aligner withTerms(TermFinder other) {
        return new Aligner(dictionary, other);
    }

    /** The glossary this aligner matches, or {@link TermFinder#NONE}. */
    public TermFinder terms() {
        return terms;
    }

    /**
     * @param zh the Chinese sentences (simplified or traditional), in document order
     * @param en the English sentences, in document order
     * @throws IllegalArgumentException when a side has more than {@code p.maxSentences()} sentences,
     *                                  or when the Chinese side is not Chinese (or the English side is)
     */
    public Alignment align(List<Sentence> zh, List<Sentence> en, AlignParameters p) {
        return align(zh, en, p, List.of(), stage -> { });
    }

    /**
     * Aligns around pairs a reviewer has fixed: each fixed pair comes out as given, and the search
     * runs separately in every stretch between two of them, so that one confirmed pair also
     * confirms where its neighbours can go.
     *
     * @param fixed    pairs that must come out as given, in increasing order on both sides and not
     *                 overlapping (positions in {@code zh} and {@code en})
     * @param progress told each stage's name as the work goes on (for long runs)
     */
    public Alignment align(List<Sentence> zh, List<Sentence> en, AlignParameters p, List<Anchor> fixed,
                           Consumer<String> progress) {
        return new Alignment(ScoreCalibration.calibrate(beads(zh, en, p, fixed, progress), p.model().calibration()));
    }

    /** The beads with each pair's own score, before calibration ({@link ScoreCalibration}). */
    List<Bead> beads(List<Sentence> zh, List<Sentence> en, AlignParameters p, List<Anchor> fixed,
                     Consumer<String> progress) {
        checkInput(zh, en, p);
        Anchor.checkOrder(fixed, zh.size(), en.size());
        if (zh.isEmpty() || en.isEmpty()) {
            return oneSided(zh, en).beads();
        }
        long t0 = System.nanoTime();
        progress.accept(String.format(java.util.Locale.ROOT, "reading the words of %,d Chinese and %,d English sentences",
                zh.size(), en.size()));
        Profiler profiler = new Profiler(dictionary, terms);
        Profiler.Profiles profiles = profiler.both(en, zh);
        EnProfile[] enProfiles = profiles.english();
        ZhProfile[] zhProfiles = profiles.chinese();
        Timing.log("profiles", t0);

        List<Bead> beads = new ArrayList<>();
        int zhDone = 0;
        int enDone = 0;
        for (Anchor anchor : fixed) {
            beads.addAll(alignStretch(zh, en, zhProfiles, enProfiles, zhDone, anchor.zhStart(), enDone,
                    anchor.enStart(), p, progress, t0));
            beads.add(fixedBead(zh, en, zhProfiles, enProfiles, anchor, p));
            zhDone = anchor.zhEnd();
            enDone = anchor.enEnd();
        }
        beads.addAll(alignStretch(zh, en, zhProfiles, enProfiles, zhDone, zh.size(), enDone, en.size(), p,
                progress, t0));
        return beads;
    }

    /** Aligns Chinese {@code [zhFrom, zhTo)} with English {@code [enFrom, enTo)}. */
    private List<Bead> alignStretch(List<Sentence> zh, List<Sentence> en, ZhProfile[] allZh, EnProfile[] allEn,
                                    int zhFrom, int zhTo, int enFrom, int enTo, AlignParameters p,
                                    Consumer<String> progress, long t0) {
        List<Sentence> zhPart = zh.subList(zhFrom, zhTo);
        List<Sentence> enPart = en.subList(enFrom, enTo);
        if (zhPart.isEmpty() || enPart.isEmpty()) {
            return oneSided(zhPart, enPart).beads();
        }
        ZhProfile[] zhProfiles = Arrays.copyOfRange(allZh, zhFrom, zhTo);
        EnProfile[] enProfiles = Arrays.copyOfRange(allEn, enFrom, enTo);
        int n = zhProfiles.length;
        int m = enProfiles.length;
        // Only long stretches are worth a line: between many fixed pairs, the stretches are short.
        Consumer<String> stages = SearchBand.fitsWhole(n, m) ? stage -> { } : progress;

        stages.accept("finding anchors");
        SearchBand band = chooseBand(zhProfiles, enProfiles, p);
        Timing.log("band " + band.cells(), t0);
        stages.accept(String.format(java.util.Locale.ROOT, "searching %,d cells", band.cells()));
        BeadScorer scorer = new BeadScorer(zhProfiles, enProfiles, linkTable(zhProfiles, enProfiles, band), p);
        Timing.log("links", t0);
        scorer.cacheSpans(band);
        Timing.log("spans", t0);
        SearchObjective objective = SearchObjective.of(scorer, zhProfiles, enProfiles, p);
        List<BeadSpan> path = BeadSearch.best(objective, band, n, m);
        Timing.log("first pass", t0);

        if (p.learnTable()) {
            List<BeadSpan> confident = new ArrayList<>();
            List<int[]> lengths = new ArrayList<>();
            for (BeadSpan bead : path) {
                if (!bead.oneSided() && scorer.similarity(bead.zh(), bead.zhCount(), bead.en(), bead.enCount())
                        >= CONFIDENT_SIMILARITY) {
                    confident.add(bead);
                    lengths.add(new int[] {scorer.zhChars(bead.zh(), bead.zhCount()),
                            scorer.enChars(bead.en(), bead.enCount())});
                }
            }
            TranslationTable table = TranslationTable.learnFromSpans(zhProfiles, enProfiles, confident);
            Timing.log("learned " + table.size(), t0);
            Double ratio = LengthModel.fitRatio(lengths, p.lengthRatio());
            double fittedRatio = ratio == null ? p.lengthRatio() : ratio;
            LengthModel lengthModel = new LengthModel(fittedRatio, p.lengthVariance());
            double coverageRatio = Math.min(p.lengthRatio(), fittedRatio);
            if (table.size() > 0 || ratio != null) {
                stages.accept(String.format(java.util.Locale.ROOT,
                        "learned %,d word pairs from %,d confident pairs; searching again", table.size(),
                        confident.size()));
                Profiler.addLearned(zhProfiles, table);
                // The first pass is close: the second searches a band around it, not the whole space
                // again. Not so in a condensed translation, where a kept paragraph the first pass put
                // in the wrong gap must be free to move to the right one.
                if (!SearchObjective.condensed(zhProfiles, enProfiles, coverageRatio)) {
                    band = SearchBand.around(path, n, m, band);
                }
                scorer = new BeadScorer(zhProfiles, enProfiles, linkTable(zhProfiles, enProfiles, band), p,
                        lengthModel);
                scorer.cacheSpans(band);
                objective = SearchObjective.of(scorer, zhProfiles, enProfiles, p, coverageRatio);
                path = BeadSearch.best(objective, band, n, m);
                Timing.log("second pass " + band.cells(), t0);
            }
        }
        if (objective.condensedness < 0.5) {
            // Not for a mostly condensed translation: its objective already leaves framing
            // unaligned (pairs must beat chance), and its kept paragraphs are islands by nature.
            path = dropIsolatedWeakPairs(path, scorer);
        }
        // Explaining tens of thousands of beads only reads the scorer: two threads, each its own beads.
        List<BeadSpan> found = path;
        BeadScorer finalScorer = scorer;
        Bead[] beads = new Bead[found.size()];
        TwoThreads.forRange(beads.length, (first, end) -> {
            for (int k = first; k < end; k++) {
                BeadSpan bead = found.get(k);
                beads[k] = new Bead(zhPart.subList(bead.zh(), bead.zhEnd()), enPart.subList(bead.en(), bead.enEnd()),
                        finalScorer.confidence(bead.zh(), bead.zhCount(), bead.en(), bead.enCount()),
                        finalScorer.explain(bead.zh(), bead.zhCount(), bead.en(), bead.enCount()));
            }
        });
        return Arrays.asList(beads);
    }

    /**
     * Scores and explains the given pairs exactly as {@link #align} scores pairs a reviewer fixed,
     * without searching: every sentence outside them is left unaligned, and the scores are
     * calibrated as align calibrates them (a pair's neighbours count). For a reviewer's edit of one
     * pair: give it with its neighbouring pairs, and the edit gets the score and evidence a new run
     * with those pairs fixed would give it.
     *
     * @param zh    all Chinese sentences of the document (the weights of words depend on the whole side)
     * @param en    all English sentences
     * @param pairs in increasing order on both sides, not overlapping
     */
    public Alignment explain(List<Sentence> zh, List<Sentence> en, List<Anchor> pairs, AlignParameters p) {
        checkInput(zh, en, p);
        Anchor.checkOrder(pairs, zh.size(), en.size());
        if (pairs.isEmpty()) {
            return oneSided(zh, en);
        }
        Profiler.Profiles profiles = new Profiler(dictionary, terms).both(en, zh);
        List<Bead> beads = new ArrayList<>();
        int zhDone = 0;
        int enDone = 0;
        for (Anchor pair : pairs) {
            beads.addAll(oneSided(zh.subList(zhDone, pair.zhStart()), en.subList(enDone, pair.enStart())).beads());
            beads.add(fixedBead(zh, en, profiles.chinese(), profiles.english(), pair, p));
            zhDone = pair.zhEnd();
            enDone = pair.enEnd();
        }
        beads.addAll(oneSided(zh.subList(zhDone, zh.size()), en.subList(enDone, en.size())).beads());
        return new Alignment(ScoreCalibration.calibrate(beads, p.model().calibration()));
    }

    /** A fixed pair, scored and explained like any other so that its evidence stays visible. */
    private static Bead fixedBead(List<Sentence> zh, List<Sentence> en, ZhProfile[] allZh, EnProfile[] allEn,
                                  Anchor anchor, AlignParameters p) {
        ZhProfile[] zhProfiles = Arrays.copyOfRange(allZh, anchor.zhStart(), anchor.zhEnd());
        EnProfile[] enProfiles = Arrays.copyOfRange(allEn, anchor.enStart(), anchor.enEnd());
        BeadScorer scorer = new BeadScorer(zhProfiles, enProfiles, new LinkTable(zhProfiles, enProfiles), p);
        int a = zhProfiles.length;
        int b = enProfiles.length;
        return new Bead(zh.subList(anchor.zhStart(), anchor.zhEnd()), en.subList(anchor.enStart(), anchor.enEnd()),
                scorer.confidence(0, a, 0, b), scorer.explain(0, a, 0, b));
    }

    /**
     * One pair scored and explained on its own, as align scores and explains a fixed pair (for
     * rescoring a pair a reviewer edited); its words are weighed over these sentences alone, and
     * the score is the pair's own, before {@link ScoreCalibration}.
     *
     * @param zh the pair's Chinese sentences
     * @param en the English sentences they translate
     * @throws IllegalArgumentException as {@link #align}, or when a side is empty
     */
    public Bead explain(List<Sentence> zh, List<Sentence> en, AlignParameters p) {
        checkInput(zh, en, p);
        Anchor whole = new Anchor(0, zh.size(), 0, en.size());
        Profiler.Profiles profiles = new Profiler(dictionary, terms).both(en, zh);
        return fixedBead(zh, en, profiles.chinese(), profiles.english(), whole, p);
    }

    /**
     * A short run of weakly similar pairs standing alone between unaligned sentences (or a document
     * edge) is usually the search making the best of text with no counterpart, such as a
     * translator's summary facing the English cold open: report both sides unaligned instead.
     */
    static List<BeadSpan> dropIsolatedWeakPairs(List<BeadSpan> path, BeadScorer scorer) {
        List<BeadSpan> out = new ArrayList<>(path.size());
        int k = 0;
        while (k < path.size()) {
            if (path.get(k).oneSided()) {
                out.add(path.get(k++));
                continue;
            }
            int end = k;
            double similarity = 0;
            while (end < path.size() && !path.get(end).oneSided()) {
                BeadSpan bead = path.get(end++);
                similarity += scorer.similarity(bead.zh(), bead.zhCount(), bead.en(), bead.enCount());
            }
            boolean weakIsland = end - k <= MAX_ISLAND_PAIRS && similarity / (end - k) < ISOLATED_MIN_SIMILARITY;
            for (int b = k; b < end; b++) {
                BeadSpan bead = path.get(b);
                if (!weakIsland) {
                    out.add(bead);
                    continue;
                }
                for (int i = bead.zh(); i < bead.zhEnd(); i++) {
                    out.add(new BeadSpan(i, 1, bead.en(), 0));
                }
                for (int j = bead.en(); j < bead.enEnd(); j++) {
                    out.add(new BeadSpan(bead.zhEnd(), 0, j, 1));
                }
            }
            k = end;
        }
        return out;
    }

    private static SearchBand chooseBand(ZhProfile[] zh, EnProfile[] en, AlignParameters p) {
        int n = zh.length;
        int m = en.length;
        if (SearchBand.fitsWhole(n, m)) {
            return SearchBand.full(n, m);
        }
        BeadScorer plain = new BeadScorer(zh, en, new LinkTable(zh, en), p);
        return SearchBand.through(AnchorFinder.find(zh, en, plain, p.model().anchors()), n, m);
    }

    /** A link table whose rows cover the band plus the widest bead reaching out of it. */
    private static LinkTable linkTable(ZhProfile[] zh, EnProfile[] en, SearchBand band) {
        int n = zh.length;
        int m = en.length;
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = band.from[i + 1] - BeadShapes.MAX_EN;
            to[i] = Math.min(m, band.to[Math.min(n, i + BeadShapes.MAX_ZH)]);
        }
        return new LinkTable(zh, en, from, to);
    }

    private static Alignment oneSided(List<Sentence> zh, List<Sentence> en) {
        List<Bead> beads = new ArrayList<>();
        for (Sentence s : zh) {
            beads.add(new Bead(List.of(s), List.of(), 0, List.of()));
        }
        for (Sentence s : en) {
            beads.add(new Bead(List.of(), List.of(s), 0, List.of()));
        }
        return new Alignment(beads);
    }

    static void checkInput(List<Sentence> zh, List<Sentence> en, AlignParameters p) {
        int max = p.maxSentences();
        if (zh.size() > max || en.size() > max) {
            throw new IllegalArgumentException(String.format(
                    "too many sentences to align (%,d Chinese, %,d English); the limit is %,d a side: "
                            + "split the documents into chapters", zh.size(), en.size(), max));
        }
        if (!zh.isEmpty() && Language.of(sample(zh)) != Language.ZH) {
            throw new IllegalArgumentException("the Chinese side has almost no Chinese characters: "
                    + "is it English? Give the Chinese article as the Chinese side and the English source as the English side");
        }
        if (!en.isEmpty() && Language.of(sample(en)) != Language.EN) {
            throw new IllegalArgumentException("the English side is mostly Chinese characters: "
                    + "were the Chinese and English sides swapped?");
        }
    }

    /** The first sentences, enough text to tell the language. */
    private static String sample(List<Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < sentences.size() && text.length() < 20_000; k++) {
            text.append(sentences.get(k).text()).append('\n');
        }
        return text.toString();
    }
}
