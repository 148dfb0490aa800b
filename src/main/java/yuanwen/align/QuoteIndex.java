package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yuanwen.glossary.TermFinder;
import yuanwen.read.SourceSpan;
import yuanwen.segment.Sentence;

/**
 * An English source read once for quote lookups: its sentences' units and weights, and for each
 * English unit the sentences that have it, so that a quote touches only the sentences sharing a
 * word with it. Immutable once built: any number of lookups, on any threads, share one index
 * ({@link QuoteFinder} works on it without changing it).
 *
 * <p>Built from a document alignment ({@link #of(List, TermFinder, Alignment, List)}) it also knows
 * the translations learned from that pair (as the aligner's second pass does), which find the
 * translator's own word choices in quotes that are not in the article.
 */
public final class QuoteIndex {

    private final List<Sentence> sentences;
    private final TermFinder terms;
    private final Profiler profiler;
    private final EnProfile[] profiles;
    /** For each English unit id, the sentences that have it, ascending; null when none does. */
    private final int[][] postings;
    private final TranslationTable learned;

    private QuoteIndex(List<Sentence> sentences, TermFinder terms, Profiler profiler, EnProfile[] profiles,
                       TranslationTable learned) {
        this.sentences = sentences;
        this.terms = terms;
        this.profiler = profiler;
        this.profiles = profiles;
        this.learned = learned;
        int maxId = -1;
        for (EnProfile p : profiles) {
            if (p.sortedIds.length > 0) {
                maxId = Math.max(maxId, p.sortedIds[p.sortedIds.length - 1]);
            }
        }
        int[] count = new int[maxId + 1];
        for (EnProfile p : profiles) {
            for (int id : p.sortedIds) {
                count[id]++;
            }
        }
        int[][] lists = new int[maxId + 1][];
        for (int id = 0; id <= maxId; id++) {
            lists[id] = count[id] == 0 ? null : new int[count[id]];
        }
        int[] filled = new int[maxId + 1];
        for (int k = 0; k < profiles.length; k++) {
            for (int id : profiles[k].sortedIds) {
                lists[id][filled[id]++] = k;
            }
        }
        this.postings = lists;
    }

    /**
     * @param en    the English source's sentences
     * @param terms the glossary, or {@link TermFinder#NONE}
     * @throws IllegalArgumentException when the source is mostly Chinese or too long
     */
    public static QuoteIndex of(List<Sentence> en, TermFinder terms) {
        List<Sentence> copy = List.copyOf(en);
        Aligner.checkInput(List.of(), copy, AlignParameters.defaults());
        Profiler profiler = new Profiler(CedictDictionary.standard(), terms);
        return new QuoteIndex(copy, terms, profiler, profiler.english(copy), TranslationTable.EMPTY);
    }

    /**
     * An index that also knows the word pairs learned from a document alignment of the source with
     * a Chinese article: the translator's habits carry over to the article's other sentences.
     *
     * @param en        the English source's sentences, as aligned
     * @param alignment an alignment of {@code zh} with {@code en}
     * @param zh        the Chinese article's sentences, as aligned
     */
    public static QuoteIndex of(List<Sentence> en, TermFinder terms, Alignment alignment, List<Sentence> zh) {
        List<Sentence> copy = List.copyOf(en);
        Aligner.checkInput(List.of(), copy, AlignParameters.defaults());
        Profiler profiler = new Profiler(CedictDictionary.standard(), terms);
        EnProfile[] enProfiles = profiler.english(copy);
        // The article's profiles are only read to count co-occurrences; a child profiler keeps the
        // source's vocabulary as it is.
        ZhProfile[] zhProfiles = profiler.forLookup().chinese(zh);
        List<int[][]> confident = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            if (bead.aligned() && bead.score() >= LEARN_MIN_SCORE) {
                confident.add(new int[][] {indices(bead.zh()), indices(bead.en())});
            }
        }
        TranslationTable table = TranslationTable.learn(zhProfiles, enProfiles, confident);
        return new QuoteIndex(copy, terms, profiler, enProfiles, table);
    }

    /** Beads the aligner scored at least this teach the learned table (its "confident" pairs). */
    private static final double LEARN_MIN_SCORE = 0.5;

    private static int[] indices(List<Sentence> sentences) {
        return sentences.stream().mapToInt(Sentence::index).toArray();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public int size() {
        return sentences.size();
    }

    public TermFinder terms() {
        return terms;
    }

    /** How many word pairs were learned from an alignment (0 for a plain source). */
    public int learnedPairs() {
        return learned.size();
    }

    EnProfile[] profiles() {
        return profiles;
    }

    EnProfile profile(int k) {
        return profiles[k];
    }

    /**
     * The quote's units and items, with the learned translations added (and, as in the aligner,
     * the source's words of each dictionary word's family, {@link WordFamilies}); the index is not
     * changed.
     */
    ZhProfile profileQuote(String quote) {
        Sentence sentence = Sentence.untimed(0, quote, SourceSpan.ofLine(1, 0, quote.length()));
        ZhProfile[] zh = profiler.forLookup().chinese(List.of(sentence));
        if (learned.size() > 0) {
            Profiler.addLearned(zh, learned);
        }
        return zh[0];
    }

    /** The sentences having English unit {@code id}, ascending (do not change); empty when none. */
    int[] sentencesWith(int id) {
        int[] list = id >= 0 && id < postings.length ? postings[id] : null;
        return list == null ? NONE : list;
    }

    /** How many sentences have unit {@code id}. */
    int documentFrequency(int id) {
        return sentencesWith(id).length;
    }

    private static final int[] NONE = new int[0];

    /** The sentences that share any candidate of any item with the quote, ascending. */
    int[] touchedBy(ZhProfile quote) {
        boolean[] touched = new boolean[profiles.length];
        int count = 0;
        for (ZhProfile.Item item : quote.items) {
            for (int id : item.candidates()) {
                for (int k : sentencesWith(id)) {
                    if (!touched[k]) {
                        touched[k] = true;
                        count++;
                    }
                }
            }
        }
        int[] out = new int[count];
        int n = 0;
        for (int k = 0; k < touched.length; k++) {
            if (touched[k]) {
                out[n++] = k;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "QuoteIndex[" + sentences.size() + " sentences, " + learned.size() + " learned pairs]";
    }

}
