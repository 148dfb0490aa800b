package yuanwen.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yuanwen.glossary.TermFinder;
import yuanwen.glossary.TermMatch;
import yuanwen.script.Conversions;
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

    /** Numbers, glossary entries and verbatim Latin words are worth this many ordinary words. */
    static final float STRONG_UNIT_BOOST = 2.0f;

    // tw2sp rather than t2s: a Taiwan article's 軟體 and 網際網路 become 软件 and 互联网, the words
    // CC-CEDICT and the glossary know, not 软体 and 网际网路; on simplified text it changes nothing.
    private static final ScriptConverter T2S = Conversions.standard().get("tw2sp");
    private static final int MAX_NAME_CHARS = 3;
    private static final int MAX_PINYIN_COMBINATIONS = 8;

    private final CedictDictionary dictionary;
    private final TermFinder terms;
    private final NumberFinder numbers = new NumberFinder();
    private final EnglishWords words = new EnglishWords();
    final Vocabulary vocabulary;
    /** English words written with a capital inside a sentence (lower-cased): candidate names. */
    private final Map<String, Integer> names = new HashMap<>();
    /** Every prefix of those words, so that pinyin spellings can stop as soon as none can match. */
    private final Set<String> namePrefixes = new HashSet<>();

    Profiler(CedictDictionary dictionary, TermFinder terms) {
        this.dictionary = dictionary;
        this.terms = terms;
        this.vocabulary = new Vocabulary(dictionary);
    }

    static String normalise(String chinese) {
        return T2S.convert(chinese);
    }

    // ---------------------------------------------------------------- English

    EnProfile[] english(List<Sentence> sentences) {
        EnProfile[] out = new EnProfile[sentences.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = english(sentences.get(k));
        }
        weigh(out);
        return out;
    }

    EnProfile english(Sentence sentence) {
        String text = sentence.text();
        boolean[] taken = new boolean[text.length()];
        List<int[]> spans = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        List<NumberMention> mentions = new ArrayList<>();
        for (TermMatch match : terms.findEnglish(text)) {
            if (free(taken, match.start(), match.end())) {
                take(taken, match.start(), match.end());
                spans.add(new int[] {match.start(), ids.size()});
                ids.add(vocabulary.idOf(Vocabulary.termKey(match.entryId())));
                surfaces.add(text.substring(match.start(), match.end()));
                mentions.add(null);
            }
        }
        for (NumberMention mention : numbers.findEnglish(text)) {
            if (free(taken, mention.start(), mention.end())) {
                take(taken, mention.start(), mention.end());
                spans.add(new int[] {mention.start(), ids.size()});
                ids.add(vocabulary.idOf(Vocabulary.numberKey(mention.value())));
                surfaces.add(mention.surface());
                mentions.add(mention);
            }
        }
        int n = text.length();
        int p = 0;
        while (p < n) {
            if (taken[p] || !EnglishWords.isLetter(text.charAt(p))) {
                p++;
                continue;
            }
            int start = p;
            while (p < n && !taken[p] && (EnglishWords.isLetter(text.charAt(p)) || Character.isDigit(text.charAt(p)))) {
                p++;
            }
            // Romanised names are often hyphenated (Bao-yu, Xi-feng): read them as one word, as pinyin is.
            if (Character.isUpperCase(text.charAt(start)) && p + 1 < n && text.charAt(p) == '-'
                    && Character.isLowerCase(text.charAt(p + 1)) && !taken[p + 1]) {
                int second = p + 1;
                int q = second;
                while (q < n && EnglishWords.isLetter(text.charAt(q))) {
                    q++;
                }
                if (q - second <= 4) {
                    String joined = text.substring(start, p) + text.substring(second, q);
                    addEnglishWord(joined, text.substring(start, q), start, spans, ids, surfaces, mentions);
                    p = q;
                    continue;
                }
            }
            addEnglishWord(text.substring(start, p), text.substring(start, p), start, spans, ids, surfaces, mentions);
        }
        // Units in text order, so that evidence and masks read left to right.
        Integer[] order = new Integer[spans.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(spans.get(x)[0], spans.get(y)[0]));
        int[] idArray = new int[order.length];
        String[] surfaceArray = new String[order.length];
        NumberMention[] mentionArray = new NumberMention[order.length];
        for (int k = 0; k < order.length; k++) {
            int unit = spans.get(order[k])[1];
            idArray[k] = ids.get(unit);
            surfaceArray[k] = surfaces.get(unit);
            mentionArray[k] = mentions.get(unit);
        }
        return new EnProfile(text.length(), sentence.speaker(), idArray, surfaceArray, mentionArray);
    }

    private void addEnglishWord(String word, String surface, int start, List<int[]> spans, List<Integer> ids,
                                List<String> surfaces, List<NumberMention> mentions) {
        String stem = words.stemOrNull(EnglishWords.lower(word));
        if (stem == null) {
            return;
        }
        int id = vocabulary.idOf(stem);
        if (start > 0 && Character.isUpperCase(word.charAt(0))) {
            String lower = EnglishWords.lower(word);
            if (names.putIfAbsent(lower, id) == null) {
                for (int k = 1; k <= lower.length(); k++) {
                    namePrefixes.add(lower.substring(0, k));
                }
            }
        }
        spans.add(new int[] {start, ids.size()});
        ids.add(id);
        surfaces.add(surface);
        mentions.add(null);
    }

    // ---------------------------------------------------------------- Chinese

    ZhProfile[] chinese(List<Sentence> sentences) {
        ZhProfile[] out = new ZhProfile[sentences.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = chinese(sentences.get(k));
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

    ZhProfile chinese(Sentence sentence) {
        String original = sentence.text();
        String text = normalise(original);
        // Conversion mostly keeps the length; then evidence can quote the original characters.
        String shown = text.length() == original.length() ? original : text;
        ChineseBuilder builder = new ChineseBuilder(text, shown);
        return builder.build(countChars(original), sentence.speaker());
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

    /** The units and items of one Chinese sentence, scanned left to right. */
    private final class ChineseBuilder {
        private final String text;
        private final String shown;
        private final List<String> keys = new ArrayList<>();
        private final List<String> unitSurfaces = new ArrayList<>();
        private final List<NumberMention> unitNumbers = new ArrayList<>();
        private final List<ZhProfile.Item> items = new ArrayList<>();
        /** For name items: units by start offset of the word (-1 inside a word). */
        private final List<int[]> wordSpans = new ArrayList<>();

        ChineseBuilder(String text, String shown) {
            this.text = text;
            this.shown = shown;
        }

        ZhProfile build(int chars, String speaker) {
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
            for (NumberMention mention : numbers.findChinese(text)) {
                if (free(taken, mention.start(), mention.end())) {
                    take(taken, mention.start(), mention.end());
                    numberStarts.put(mention.start(), mention);
                }
            }
            int p = 0;
            while (p < n) {
                TermMatch term = termStarts.get(p);
                NumberMention number = numberStarts.get(p);
                char c = text.charAt(p);
                if (term != null) {
                    addUnit(Vocabulary.termKey(term.entryId()), term.start(), term.end(), null,
                            EvidenceKind.GLOSSARY, new int[] {vocabulary.idOf(Vocabulary.termKey(term.entryId()))});
                    p = term.end();
                } else if (number != null) {
                    addUnit(Vocabulary.numberKey(number.value()), number.start(), number.end(), number,
                            EvidenceKind.NUMBER, new int[] {vocabulary.idOf(Vocabulary.numberKey(number.value()))});
                    p = number.end();
                } else if (c < 128 && (EnglishWords.isLetter(c) || Character.isDigit(c))) {
                    int start = p;
                    while (p < n && !taken[p] && text.charAt(p) < 128
                            && (EnglishWords.isLetter(text.charAt(p)) || Character.isDigit(text.charAt(p)))) {
                        p++;
                    }
                    addLatin(start, p);
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
            // Every mask as long as the sentence's unit count, so that masks can be OR-ed together.
            int words = Masks.create(keys.size()).length;
            ZhProfile.Item[] sized = new ZhProfile.Item[items.size()];
            for (int k = 0; k < sized.length; k++) {
                ZhProfile.Item item = items.get(k);
                sized[k] = new ZhProfile.Item(item.kind(), item.surface(), item.key(), item.candidates(),
                        Arrays.copyOf(item.unitMask(), words));
            }
            return new ZhProfile(chars, speaker, keys.toArray(String[]::new),
                    unitSurfaces.toArray(String[]::new), unitNumbers.toArray(NumberMention[]::new), sized);
        }

        private void addLatin(int start, int end) {
            String token = text.substring(start, end);
            boolean hasLetter = false;
            for (int k = 0; k < token.length(); k++) {
                hasLetter |= EnglishWords.isLetter(token.charAt(k));
            }
            String stem = hasLetter ? words.stemOrNull(EnglishWords.lower(token)) : null;
            if (stem != null) {
                addUnit("lat:" + stem, start, end, null, EvidenceKind.VERBATIM, new int[] {vocabulary.idOf(stem)});
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
                addUnit(w, word[0], word[1], null, EvidenceKind.LEXICAL, candidates);
            }
            if (keys.size() > firstUnit) {
                addNames(start, end, runWords);
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
                    if (len > 1 && !dictionary.contains(text.substring(start + p, start + p + len))) {
                        continue;
                    }
                    if (cost[p] + 1 <= cost[p + len]) {
                        cost[p + len] = cost[p] + 1;
                        back[p + len] = p;
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
        private void addNames(int start, int end, List<int[]> runWords) {
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
                                addName(a, a + len, id, runWords);
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

        private void addName(int from, int to, int id, List<int[]> runWords) {
            long[] mask = Masks.create(keys.size());
            boolean any = false;
            for (int[] word : runWords) {
                if (word[0] < to && word[1] > from) {
                    Masks.set(mask, word[2]);
                    any = true;
                }
            }
            if (any) {
                items.add(new ZhProfile.Item(EvidenceKind.NAME, shown.substring(from, to), null,
                        new int[] {id}, mask));
            }
        }

        private void addUnit(String key, int start, int end, NumberMention number, EvidenceKind kind,
                             int[] candidates) {
            int unit = keys.size();
            keys.add(key);
            unitSurfaces.add(shown.substring(start, end));
            unitNumbers.add(number);
            long[] mask = Masks.create(unit + 1);
            Masks.set(mask, unit);
            items.add(new ZhProfile.Item(kind, shown.substring(start, end), key, candidates, mask));
        }
    }

    // ---------------------------------------------------------------- weights

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
                float w = (float) Math.log(1 + n / df.get(p.ids[u]));
                if (p.numbers[u] != null) {
                    w *= STRONG_UNIT_BOOST;
                }
                p.weights[u] = w;
                total += w;
            }
            p.totalWeight = total;
        }
    }

    private static void weigh(ZhProfile[] profiles) {
        Map<String, Integer> df = new HashMap<>();
        for (ZhProfile p : profiles) {
            for (String key : new HashSet<>(Arrays.asList(p.unitKeys))) {
                df.merge(key, 1, Integer::sum);
            }
        }
        double n = profiles.length;
        for (ZhProfile p : profiles) {
            float total = 0;
            for (int u = 0; u < p.unitKeys.length; u++) {
                String key = p.unitKeys[u];
                float w = (float) Math.log(1 + n / df.get(key));
                char first = key.charAt(0);
                if (first == '#' || first == '=' || key.startsWith("lat:")) {
                    w *= STRONG_UNIT_BOOST;
                }
                p.weights[u] = w;
                total += w;
            }
            p.totalWeight = total;
        }
    }

    // ---------------------------------------------------------------- helpers

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
