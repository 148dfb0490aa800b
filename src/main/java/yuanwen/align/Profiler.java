package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import yuanwen.glossary.TermFinder;
import yuanwen.glossary.TermMatch;
import yuanwen.lang.en.EnglishTokenizer;
import yuanwen.lang.en.EnglishTokens;
import yuanwen.read.Speaker;
import yuanwen.script.ChineseKey;
import yuanwen.script.ScriptConverter;
import yuanwen.segment.NumberFinder;
import yuanwen.segment.NumberMention;
import yuanwen.segment.Sentence;

/**
 * Turns the sentences of one document pair into {@link ZhProfile}s and {@link EnProfile}s sharing
 * one {@link Vocabulary}, then weighs every unit by its IDF over its own side of the pair, so rare
 * words count for more than common ones. Chinese is normalised to simplified script first (OpenCC tw2sp),
 * which makes the matching blind to the script the article was written in.
 *
 * <p>Build the English side first: Chinese name items only look for pinyin spellings that the
 * English actually contains.
 */
final class Profiler {

    /** A {@link UnitKind#strong() strong} unit (a number, a verbatim Latin word) is worth this many words. */
    static final float STRONG_UNIT_BOOST = 2.0f;

    private static final int MAX_NAME_CHARS = 3;
    private static final int MAX_PINYIN_COMBINATIONS = 8;
    /** Below this many sentences in all, a second profiling thread is not worth starting. */
    private static final int PARALLEL_MIN_SENTENCES = 2_000;
    /** Chinese sentences handed to a profiling thread at a time. */
    private static final int CHUNK = 256;
    /**
     * English words as the aligner reads them: a model name with digits is one word (GPT4, H100),
     * and a hyphenated romanised name (Bao-yu) is one word, as its pinyin is.
     */
    private static final EnglishTokenizer WORDS = EnglishTokenizer.with(
            EnglishTokenizer.Option.DIGITS_IN_WORDS, EnglishTokenizer.Option.HYPHENATED_NAMES);
    /** Latin kept in Chinese text: runs of ASCII letters and digits, a digit may lead (3D, 5G). */
    private static final EnglishTokenizer LATIN_IN_CHINESE = EnglishTokenizer.with(
            EnglishTokenizer.Option.ALPHANUMERIC_RUNS);

    private final CedictDictionary dictionary;
    private final TermFinder terms;
    /** tw2sp with the phrases the user fixed (the glossary's overrides); plain tw2sp without them. */
    private final ScriptConverter normaliser;
    private final NumberFinder numbers = new NumberFinder();
    private final EnglishWords words = new EnglishWords();
    final Vocabulary vocabulary;
    /** English words written with a capital inside a sentence (lower-cased): candidate names. */
    private final Map<String, Integer> names;
    /** Every prefix of those words, so that pinyin spellings can stop as soon as none can match. */
    private final Set<String> namePrefixes;
    /** English words seen written in lower case: a capitalised one of them is not a name. */
    private final Set<String> lowerCaseWords = new HashSet<>();
    /** Dictionary stems' relatives among the document's English stems ({@link WordFamilies}). */
    private Map<Integer, int[]> relatives = Map.of();

    Profiler(CedictDictionary dictionary, TermFinder terms) {
        this.dictionary = dictionary;
        this.terms = terms;
        this.normaliser = ChineseKey.converter().withFixedTerms(terms.fixedSimplifiedForms());
        this.vocabulary = new Vocabulary(dictionary);
        this.names = new HashMap<>();
        this.namePrefixes = new HashSet<>();
    }

    private Profiler(Profiler source) {
        this.dictionary = source.dictionary;
        this.terms = source.terms;
        this.normaliser = source.normaliser;
        this.vocabulary = source.vocabulary.extension();
        this.names = source.names;
        this.namePrefixes = source.namePrefixes;
        this.relatives = source.relatives;
    }

    /**
     * A profiler for Chinese text looked up in what this one has profiled (quote mode): it knows
     * this one's vocabulary and English names, and gives anything new ids of its own, so this one
     * is never changed and may serve many lookups at once, each with its own child. Only
     * {@link #chinese} may be called on the child (English would add names to shared maps).
     */
    Profiler forLookup() {
        return new Profiler(this);
    }

    static String normalise(String chinese) {
        return ChineseKey.of(chinese);
    }

    // ---------------------------------------------------------------- English

    EnProfile[] english(List<Sentence> sentences) {
        EnProfile[] out = new EnProfile[sentences.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = english(sentences.get(k));
        }
        weigh(out);
        forgetOrdinaryWordsAsNames();
        relatives = WordFamilies.of(dictionary, vocabulary,
                Arrays.stream(out).flatMapToInt(e -> Arrays.stream(e.sortedIds)).distinct().toArray());
        return out;
    }

    /**
     * A word the document also writes in lower case is an ordinary word capitalised after a colon
     * or in a title ("Women are equal to men"), not a name: as one, its pinyin look-alike would
     * match (我们, wo-men). Measured on the long TED variant of DocumentBenchmark, where 我们 met
     * "Women" dozens of times.
     */
    private void forgetOrdinaryWordsAsNames() {
        if (!names.keySet().removeIf(lowerCaseWords::contains)) {
            return;
        }
        namePrefixes.clear();
        for (String name : names.keySet()) {
            for (int k = 1; k <= name.length(); k++) {
                namePrefixes.add(name.substring(0, k));
            }
        }
    }

    EnProfile english(Sentence sentence) {
        String text = sentence.text();
        boolean[] taken = new boolean[text.length()];
        List<int[]> spans = new ArrayList<>();
        List<UnitKind> kinds = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        List<NumberMention> mentions = new ArrayList<>();
        for (TermMatch match : terms.findEnglish(text)) {
            if (free(taken, match.start(), match.end())) {
                take(taken, match.start(), match.end());
                spans.add(new int[] {match.start(), ids.size()});
                kinds.add(UnitKind.TERM);
                ids.add(vocabulary.term(match.entryId()));
                surfaces.add(text.substring(match.start(), match.end()));
                mentions.add(null);
            }
        }
        for (NumberMention mention : numbers.findEnglish(text)) {
            if (free(taken, mention.start(), mention.end())) {
                take(taken, mention.start(), mention.end());
                spans.add(new int[] {mention.start(), ids.size()});
                kinds.add(UnitKind.NUMBER);
                ids.add(vocabulary.number(mention.value()));
                surfaces.add(mention.surface());
                mentions.add(mention);
            }
        }
        // What terms and numbers took is no part of a word.
        EnglishTokens tokens = WORDS.tokenize(text, taken);
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.kind(t) != EnglishTokenizer.Kind.WORD) {
                continue;
            }
            String surface = tokens.text(t);
            // A hyphenated name is one word without its hyphen, as pinyin is written (Baoyu).
            String word = surface.indexOf('-') < 0 ? surface : surface.replace("-", "");
            addEnglishWord(word, surface, tokens.start(t), spans, kinds, ids, surfaces, mentions);
        }
        // Units in text order, so that evidence and masks read left to right.
        Integer[] order = new Integer[spans.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(spans.get(x)[0], spans.get(y)[0]));
        UnitKind[] kindArray = new UnitKind[order.length];
        int[] idArray = new int[order.length];
        String[] surfaceArray = new String[order.length];
        NumberMention[] mentionArray = new NumberMention[order.length];
        for (int k = 0; k < order.length; k++) {
            int unit = spans.get(order[k])[1];
            kindArray[k] = kinds.get(unit);
            idArray[k] = ids.get(unit);
            surfaceArray[k] = surfaces.get(unit);
            mentionArray[k] = mentions.get(unit);
        }
        return new EnProfile(text.length(), nameOf(sentence.speaker()), kindArray, idArray, surfaceArray, mentionArray);
    }

    private void addEnglishWord(String word, String surface, int start, List<int[]> spans, List<UnitKind> kinds,
                                List<Integer> ids, List<String> surfaces, List<NumberMention> mentions) {
        String stem = words.textStemOrNull(EnglishWords.lower(word));
        if (stem == null) {
            return;
        }
        int id = vocabulary.word(stem);
        if (Character.isLowerCase(word.charAt(0))) {
            lowerCaseWords.add(EnglishWords.lower(word));
        } else if (start > 0) {
            String lower = EnglishWords.lower(word);
            if (names.putIfAbsent(lower, id) == null) {
                for (int k = 1; k <= lower.length(); k++) {
                    namePrefixes.add(lower.substring(0, k));
                }
            }
        }
        spans.add(new int[] {start, ids.size()});
        kinds.add(UnitKind.WORD);
        ids.add(id);
        surfaces.add(surface);
        mentions.add(null);
    }

    // ---------------------------------------------------------------- Chinese

    ZhProfile[] chinese(List<Sentence> sentences) {
        ChineseBuilder[] analysed = new ChineseBuilder[sentences.size()];
        for (int k = 0; k < analysed.length; k++) {
            analysed[k] = analyse(sentences.get(k), words, numbers);
        }
        return finishChinese(sentences, analysed);
    }

    /**
     * Profiles both sides, using a second thread when the document is long: the Chinese analysis
     * (script conversion, numbers, dictionary segmentation) needs neither the vocabulary nor the
     * English names, so it runs beside the English profiling; what does need them (ids in order of
     * first appearance, pinyin names) follows in document order, so the profiles are the same as
     * {@link #english(List)} then {@link #chinese(List)} would give, whatever the threads' timing.
     */
    Profiles both(List<Sentence> en, List<Sentence> zh) {
        if (zh.size() + en.size() < PARALLEL_MIN_SENTENCES) {
            EnProfile[] enProfiles = english(en);
            return new Profiles(enProfiles, chinese(zh));
        }
        ChineseBuilder[] analysed = new ChineseBuilder[zh.size()];
        AtomicInteger nextChunk = new AtomicInteger();
        int chunks = (zh.size() + CHUNK - 1) / CHUNK;
        Runnable analyseChunks = () -> {
            // Own stemmer memo and number finder: neither is meant to be shared between threads.
            EnglishWords ownWords = new EnglishWords();
            NumberFinder ownNumbers = new NumberFinder();
            for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                for (int k = c * CHUNK; k < Math.min(zh.size(), (c + 1) * CHUNK); k++) {
                    analysed[k] = analyse(zh.get(k), ownWords, ownNumbers);
                }
            }
        };
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread helper = new Thread(() -> {
            try {
                analyseChunks.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "yuanwen-profiler");
        helper.setDaemon(true);
        helper.start();
        EnProfile[] enProfiles;
        try {
            enProfiles = english(en);
            analyseChunks.run(); // then help with the Chinese chunks left
        } finally {
            TwoThreads.join(helper);
        }
        TwoThreads.rethrow(failure.get());
        return new Profiles(enProfiles, finishChinese(zh, analysed));
    }

    record Profiles(EnProfile[] english, ZhProfile[] chinese) {
    }

    /** Vocabulary ids in document order, then names and weights: after the English side is done. */
    private ZhProfile[] finishChinese(List<Sentence> sentences, ChineseBuilder[] analysed) {
        ZhProfile[] out = new ZhProfile[analysed.length];
        for (int k = 0; k < out.length; k++) {
            Sentence sentence = sentences.get(k);
            // Lengths of the normalised (tw2sp) text, like every other feature: a Taiwan-style
            // article then aligns exactly as its simplified form, also where the second pass fits the
            // document's own length ratio (網際網路 and 互联网 differ by a character).
            out[k] = analysed[k].finish(countChars(analysed[k].text), nameOf(sentence.speaker()));
            analysed[k] = null;
        }
        weigh(out);
        return out;
    }

    /** Adds learned translations to the Chinese words' items, in place. */
    static void addLearned(ZhProfile[] profiles, TranslationTable learned) {
        for (ZhProfile profile : profiles) {
            ZhProfile.Item[] items = profile.items;
            for (int k = 0; k < items.length; k++) {
                ZhProfile.Item item = items[k];
                int[] extra = item.kind() == EvidenceKind.LEXICAL ? learned.translations(item.key()) : null;
                if (extra != null) {
                    items[k] = new ZhProfile.Item(EvidenceKind.LEXICAL, item.surface(), item.key(),
                            union(item.candidates(), extra), item.unitMask());
                }
            }
        }
    }

    private ChineseBuilder analyse(Sentence sentence, EnglishWords ownWords, NumberFinder ownNumbers) {
        String original = sentence.text();
        String text = normaliser.convert(original);
        // Conversion mostly keeps the length; then evidence can quote the original characters.
        String shown = text.length() == original.length() ? original : text;
        if (shown.equals(text)) {
            shown = text; // one string: a unit's key and surface can then be the same substring
        }
        ChineseBuilder builder = new ChineseBuilder(text, shown, ownWords, ownNumbers);
        builder.analyse();
        return builder;
    }

    static int countChars(String text) {
        int count = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The units and items of one Chinese sentence, scanned left to right in two steps:
     * {@link #analyse} touches nothing shared (it may run on any thread), {@link #finish} gives
     * vocabulary ids and adds name items (in document order, after the English side).
     */
    private final class ChineseBuilder {
        private final String text;
        private final String shown;
        private final EnglishWords ownWords;
        private final NumberFinder ownNumbers;
        private final List<UnitKind> kinds = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<String> unitSurfaces = new ArrayList<>();
        private final List<NumberMention> unitNumbers = new ArrayList<>();
        private final List<ZhProfile.Item> items = new ArrayList<>();
        /** Items whose candidate is the vocabulary id of their unit (terms, numbers, Latin words), in order. */
        private final List<Integer> pendingItems = new ArrayList<>();
        /** Han runs that found words, for name items: {start, end, items before the run's names}. */
        private final List<int[]> hanRuns = new ArrayList<>();
        /** For each Han run, its words as {start, end, unit}. */
        private final List<List<int[]>> hanRunWords = new ArrayList<>();

        ChineseBuilder(String text, String shown, EnglishWords ownWords, NumberFinder ownNumbers) {
            this.text = text;
            this.shown = shown;
            this.ownWords = ownWords;
            this.ownNumbers = ownNumbers;
        }

        void analyse() {
            int n = text.length();
            Map<Integer, TermMatch> termStarts = new HashMap<>();
            Map<Integer, NumberMention> numberStarts = new HashMap<>();
            boolean[] taken = new boolean[n];
            for (TermMatch match : terms.findChinese(text)) {
                if (free(taken, match.start(), match.end())) {
                    take(taken, match.start(), match.end());
                    termStarts.put(match.start(), match);
                }
            }
            for (NumberMention mention : ownNumbers.findChinese(text)) {
                if (free(taken, mention.start(), mention.end())) {
                    take(taken, mention.start(), mention.end());
                    numberStarts.put(mention.start(), mention);
                }
            }
            // Latin runs outside terms and numbers; a run of digits alone is no word.
            EnglishTokens latinWords = LATIN_IN_CHINESE.tokenize(text, taken);
            int latin = 0;
            int p = 0;
            while (p < n) {
                while (latin < latinWords.size() && latinWords.start(latin) < p) {
                    latin++;
                }
                TermMatch term = termStarts.get(p);
                NumberMention number = numberStarts.get(p);
                char c = text.charAt(p);
                if (term != null) {
                    addUnit(UnitKind.TERM, term.entryId(), term.start(), term.end(), null, EvidenceKind.GLOSSARY, null);
                    pending();
                    p = term.end();
                } else if (number != null) {
                    addUnit(UnitKind.NUMBER, Double.toString(number.value()), number.start(), number.end(), number,
                            EvidenceKind.NUMBER, null);
                    pending();
                    p = number.end();
                } else if (latin < latinWords.size() && latinWords.start(latin) == p
                        && latinWords.kind(latin) != EnglishTokenizer.Kind.SYMBOL) {
                    p = latinWords.end(latin);
                    if (latinWords.kind(latin) == EnglishTokenizer.Kind.WORD) {
                        addLatin(latinWords.start(latin), p);
                    }
                } else if (isHan(c) && !taken[p]) {
                    int start = p;
                    while (p < n && !taken[p] && isHan(text.charAt(p))) {
                        p++;
                    }
                    addHanRun(start, p);
                } else {
                    p++;
                }
            }
        }

        /** The item just added is found by its unit's vocabulary id, given in {@link #finish}. */
        private void pending() {
            pendingItems.add(items.size() - 1);
        }

        ZhProfile finish(int chars, String speaker) {
            for (int index : pendingItems) {
                ZhProfile.Item item = items.get(index);
                int unit = Masks.first(item.unitMask());
                String key = keys.get(unit);
                int id = switch (kinds.get(unit)) {
                    case TERM -> vocabulary.term(key);
                    case NUMBER -> vocabulary.number(unitNumbers.get(unit).value());
                    case LATIN, WORD -> vocabulary.word(key);
                };
                items.set(index, new ZhProfile.Item(item.kind(), item.surface(), item.key(), new int[] {id},
                        item.unitMask()));
            }
            // Every mask as long as the sentence's unit count, so that masks can be OR-ed together.
            int words = Masks.create(keys.size()).length;
            List<ZhProfile.Item> all = new ArrayList<>(items.size());
            int next = 0;
            for (int r = 0; r <= hanRuns.size(); r++) {
                int upTo = r < hanRuns.size() ? hanRuns.get(r)[2] : items.size();
                for (; next < upTo; next++) {
                    all.add(items.get(next));
                }
                if (r < hanRuns.size()) {
                    addNames(hanRuns.get(r)[0], hanRuns.get(r)[1], hanRunWords.get(r), all);
                }
            }
            ZhProfile.Item[] sized = new ZhProfile.Item[all.size()];
            for (int k = 0; k < sized.length; k++) {
                ZhProfile.Item item = all.get(k);
                int[] candidates = item.kind() == EvidenceKind.LEXICAL
                        ? WordFamilies.extend(item.candidates(), relatives) : item.candidates();
                sized[k] = item.unitMask().length == words && candidates == item.candidates() ? item
                        : new ZhProfile.Item(item.kind(), item.surface(), item.key(), candidates,
                                Arrays.copyOf(item.unitMask(), words));
            }
            return new ZhProfile(chars, speaker, kinds.toArray(UnitKind[]::new), keys.toArray(String[]::new),
                    unitSurfaces.toArray(String[]::new), unitNumbers.toArray(NumberMention[]::new), sized);
        }

        private void addLatin(int start, int end) {
            String stem = ownWords.textStemOrNull(EnglishWords.lower(text.substring(start, end)));
            if (stem != null) {
                addUnit(UnitKind.LATIN, stem, start, end, null, EvidenceKind.VERBATIM, null);
                pending();
            }
        }

        private void addHanRun(int start, int end) {
            int firstUnit = keys.size();
            List<int[]> runWords = new ArrayList<>();
            for (int[] word : segment(start, end)) {
                String w = text.substring(word[0], word[1]);
                int[] translations = dictionary.translations(w);
                if (translations != null && translations.length == 0) {
                    continue; // a function word: nothing in English to find
                }
                int[] candidates = translations == null ? new int[0] : translations;
                runWords.add(new int[] {word[0], word[1], keys.size()});
                addUnit(UnitKind.WORD, w, word[0], word[1], null, EvidenceKind.LEXICAL, candidates);
            }
            if (keys.size() > firstUnit) {
                hanRuns.add(new int[] {start, end, items.size()});
                hanRunWords.add(runWords);
            }
        }

        /** Fewest dictionary words; among equals the one whose earlier words are longer. */
        private List<int[]> segment(int start, int end) {
            int length = end - start;
            int[] cost = new int[length + 1];
            int[] back = new int[length + 1];
            Arrays.fill(cost, Integer.MAX_VALUE);
            cost[0] = 0;
            for (int p = 0; p < length; p++) {
                if (cost[p] == Integer.MAX_VALUE) {
                    continue;
                }
                int maxLen = Math.min(CedictDictionary.MAX_WORD_LENGTH, length - p);
                for (int len = 1; len <= maxLen; len++) {
                    boolean word;
                    boolean longer;
                    if (len == 1) {
                        word = true;
                        longer = true;
                    } else if (len <= CedictDictionary.SHORT_KEY_LENGTH) {
                        // Short words from packed chars; and no headword this long means none longer.
                        int flags = dictionary.shortFlags(text, start + p, len);
                        word = (flags & CedictDictionary.WORD) != 0;
                        longer = (flags & CedictDictionary.LONGER) != 0;
                    } else {
                        word = dictionary.contains(text.substring(start + p, start + p + len));
                        longer = true;
                    }
                    if (word && cost[p] + 1 <= cost[p + len]) {
                        cost[p + len] = cost[p] + 1;
                        back[p + len] = p;
                    }
                    if (!longer) {
                        break;
                    }
                }
            }
            List<int[]> out = new ArrayList<>();
            for (int q = length; q > 0; q = back[q]) {
                out.add(new int[] {start + back[q], start + q});
            }
            java.util.Collections.reverse(out);
            return out;
        }

        /** Items for 2–3 characters whose pinyin the English has as a capitalised word (陈清扬 → Qingyang). */
        private void addNames(int start, int end, List<int[]> runWords, List<ZhProfile.Item> out) {
            if (names.isEmpty()) {
                return;
            }
            for (int a = start; a < end; a++) {
                List<String> spellings = List.of("");
                for (int len = 1; len <= MAX_NAME_CHARS && a + len <= end; len++) {
                    spellings = extend(spellings, text.charAt(a + len - 1));
                    if (spellings.isEmpty()) {
                        break;
                    }
                    if (len >= 2) {
                        for (String spelling : spellings) {
                            Integer id = names.get(spelling);
                            if (id != null) {
                                addName(a, a + len, id, runWords, out);
                            }
                        }
                    }
                }
            }
        }

        /** The spellings that some English name still starts with, one syllable of {@code c} longer. */
        private List<String> extend(List<String> spellings, char c) {
            String[] syllables = dictionary.pinyin(c);
            if (syllables == null) {
                return List.of();
            }
            List<String> next = new ArrayList<>(2);
            for (String prefix : spellings) {
                for (String syllable : syllables) {
                    String spelling = prefix + syllable;
                    if (namePrefixes.contains(spelling) && next.size() < MAX_PINYIN_COMBINATIONS) {
                        next.add(spelling);
                    }
                }
            }
            return next;
        }

        private void addName(int from, int to, int id, List<int[]> runWords, List<ZhProfile.Item> out) {
            long[] mask = Masks.create(keys.size());
            boolean any = false;
            for (int[] word : runWords) {
                if (word[0] < to && word[1] > from) {
                    Masks.set(mask, word[2]);
                    any = true;
                }
            }
            if (any) {
                out.add(new ZhProfile.Item(EvidenceKind.NAME, shown.substring(from, to), null,
                        new int[] {id}, mask));
            }
        }

        private void addUnit(UnitKind unitKind, String key, int start, int end, NumberMention number,
                             EvidenceKind kind, int[] candidates) {
            int unit = keys.size();
            kinds.add(unitKind);
            keys.add(key);
            // Tens of thousands of sentences stay in memory for the whole alignment: share strings.
            String surface = shown == text && key.length() == end - start && text.startsWith(key, start) ? key
                    : shown.substring(start, end);
            unitSurfaces.add(surface);
            unitNumbers.add(number);
            long[] mask = Masks.create(unit + 1);
            Masks.set(mask, unit);
            items.add(new ZhProfile.Item(kind, surface, key, candidates, mask));
        }
    }

    // ---------------------------------------------------------------- weights

    /**
     * The one weighting rule, the same on both sides: the unit's inverse document frequency over
     * its own side's sentences, times {@link #STRONG_UNIT_BOOST} for strong kinds.
     */
    static float weight(UnitKind kind, double sentences, int sentencesWithIt) {
        float w = (float) Math.log(1 + sentences / sentencesWithIt);
        return kind.strong() ? w * STRONG_UNIT_BOOST : w;
    }

    private static void weigh(EnProfile[] profiles) {
        Map<Integer, Integer> df = new HashMap<>();
        for (EnProfile p : profiles) {
            for (int id : p.sortedIds) {
                df.merge(id, 1, Integer::sum);
            }
        }
        double n = profiles.length;
        for (EnProfile p : profiles) {
            float total = 0;
            for (int u = 0; u < p.ids.length; u++) {
                float w = weight(p.kinds[u], n, df.get(p.ids[u]));
                p.weights[u] = w;
                total += w;
            }
            p.totalWeight = total;
        }
    }

    /** A Chinese unit as counted for document frequency: its key within its kind. */
    private record UnitKey(UnitKind kind, String key) {
    }

    private static void weigh(ZhProfile[] profiles) {
        Map<UnitKey, Integer> df = new HashMap<>();
        Set<UnitKey> inSentence = new HashSet<>();
        for (ZhProfile p : profiles) {
            inSentence.clear();
            for (int u = 0; u < p.unitKeys.length; u++) {
                inSentence.add(new UnitKey(p.unitKinds[u], p.unitKeys[u]));
            }
            for (UnitKey key : inSentence) {
                df.merge(key, 1, Integer::sum);
            }
        }
        double n = profiles.length;
        for (ZhProfile p : profiles) {
            float total = 0;
            for (int u = 0; u < p.unitKeys.length; u++) {
                float w = weight(p.unitKinds[u], n, df.get(new UnitKey(p.unitKinds[u], p.unitKeys[u])));
                p.weights[u] = w;
                total += w;
            }
            p.totalWeight = total;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The name a speaker is compared by; none for turns the source does not name. */
    private static String nameOf(Speaker speaker) {
        return speaker == null || speaker.anonymous() ? null : speaker.name();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int k = start; k < end; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return start < end;
    }

    private static void take(boolean[] taken, int start, int end) {
        Arrays.fill(taken, start, end, true);
    }

    private static int[] union(int[] a, int[] b) {
        if (b == null || b.length == 0) {
            return a == null ? new int[0] : a;
        }
        if (a == null || a.length == 0) {
            return b;
        }
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return Arrays.stream(all).sorted().distinct().toArray();
    }
}
