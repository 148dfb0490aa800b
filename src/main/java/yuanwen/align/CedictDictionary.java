package yuanwen.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import yuanwen.lang.en.EnglishTokenizer;
import yuanwen.lang.en.EnglishTokens;

/**
 * CC-CEDICT (CC BY-SA 4.0, shipped as {@code yuanwen/align/cedict_ts.u8.gz}) reduced to what the
 * aligner needs: for each simplified headword the stems of the English content words of its
 * glosses, and for each single character its pinyin syllables (to recognise transliterated names).
 *
 * <p>Glosses are cut down on purpose: parenthesised notes ("(modal particle ...)", "(Tw)"),
 * cross-references ({@code 瞭|了[liao3]}) and "CL:" measure words are dropped, and stop words
 * and gloss jargon (sb, sth, variant, surname ...) are removed, so a function word like 的 ends
 * up with no English and is ignored rather than matching "possessive".
 *
 * <p>Reading the 9 MB file takes about half a second; one instance per process is shared and
 * immutable.
 */
public final class CedictDictionary {

    /** Longest headword kept, in chars: longer entries (whole idioms, names of treaties) rarely help. */
    static final int MAX_WORD_LENGTH = 8;
    /** At most this many stems per headword: later senses are rarer and add noise. */
    private static final int MAX_STEMS = 12;

    private static final class Holder {
        static final CedictDictionary STANDARD = load();
    }

    private final Map<String, Integer> stemIds;
    private final String[] stems;
    private final Map<String, int[]> translations;
    private final Map<Character, String[]> pinyin;
    /**
     * Headwords' first 2 and 3 chars packed into longs (see {@link #shortKey}), each with flags
     * {@link #WORD} and {@link #LONGER}: lets segmentation test short words, and stop early, without
     * building a substring for every position and length.
     */
    private final long[] shortKeys;
    private final byte[] shortFlags;

    /** Flag: these chars are a headword. */
    static final int WORD = 1;
    /** Flag: some longer headword starts with these chars. */
    static final int LONGER = 2;
    /** Longest prefix that {@link #shortFlags} knows. */
    static final int SHORT_KEY_LENGTH = 3;

    private CedictDictionary(Map<String, Integer> stemIds, String[] stems, Map<String, int[]> translations,
                             Map<Character, String[]> pinyin) {
        this.stemIds = stemIds;
        this.stems = stems;
        this.translations = translations;
        this.pinyin = pinyin;
        int capacity = Integer.highestOneBit(Math.max(16, translations.size() * 4)) * 2;
        this.shortKeys = new long[capacity];
        this.shortFlags = new byte[capacity];
        for (String word : translations.keySet()) {
            for (int len = 2; len <= Math.min(SHORT_KEY_LENGTH, word.length()); len++) {
                int flag = len == word.length() ? WORD : LONGER;
                int slot = shortSlot(shortKey(word, 0, len));
                shortKeys[slot] = shortKey(word, 0, len);
                shortFlags[slot] |= (byte) flag;
            }
        }
    }

    /**
     * {@link #WORD} and {@link #LONGER} flags of the {@code len} chars at {@code start}
     * (2 to {@link #SHORT_KEY_LENGTH}); 0 when no headword starts with them.
     */
    int shortFlags(CharSequence text, int start, int len) {
        return shortFlags[shortSlot(shortKey(text, start, len))];
    }

    /** The length in the top bits keeps a 2-char key apart from a 3-char one. */
    private static long shortKey(CharSequence text, int start, int len) {
        long key = len;
        for (int k = 0; k < len; k++) {
            key = (key << 16) | text.charAt(start + k);
        }
        return key;
    }

    /** The slot holding key, or the empty one where it belongs (flags are never 0 once set). */
    private int shortSlot(long key) {
        int mask = shortKeys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (shortFlags[slot] != 0 && shortKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The dictionary shipped in the jar, read on first use. */
    public static CedictDictionary standard() {
        return Holder.STANDARD;
    }

    /** Number of headwords with at least one English content word. */
    public int size() {
        return translations.size();
    }

    /** Stem ids (sorted, distinct) of a simplified headword's glosses, or null when unknown. */
    int[] translations(String simplifiedWord) {
        return translations.get(simplifiedWord);
    }

    boolean contains(String simplifiedWord) {
        return translations.containsKey(simplifiedWord);
    }

    /** Pinyin syllables (lower case, no tones) of a character, or null. */
    String[] pinyin(char c) {
        return pinyin.get(c);
    }

    /** The dictionary's id for an English stem, or -1. */
    int stemId(String stem) {
        Integer id = stemIds.get(stem);
        return id == null ? -1 : id;
    }

    int stemCount() {
        return stems.length;
    }

    String stem(int id) {
        return stems[id];
    }

    /** The English stems of a headword, for showing evidence and tests. */
    public List<String> englishStems(String simplifiedWord) {
        int[] ids = translations.get(simplifiedWord);
        if (ids == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(stems[id]);
        }
        return out;
    }

    private static CedictDictionary load() {
        InputStream raw = CedictDictionary.class.getResourceAsStream("cedict_ts.u8.gz");
        if (raw == null) {
            throw new IllegalStateException("yuanwen/align/cedict_ts.u8.gz missing from this build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("reading CC-CEDICT", e);
        }
    }

    static CedictDictionary parse(BufferedReader reader) throws IOException {
        EnglishWords words = new EnglishWords();
        Map<String, Integer> stemIds = new HashMap<>(1 << 16);
        List<String> stems = new ArrayList<>();
        Map<String, int[]> translations = new HashMap<>(1 << 17);
        Map<Character, List<String>> pinyin = new HashMap<>();
        int[] buffer = new int[64];
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int space1 = line.indexOf(' ');
            int space2 = line.indexOf(' ', space1 + 1);
            int open = line.indexOf('[', space2);
            int close = line.indexOf(']', open);
            if (space1 < 0 || space2 < 0 || open < 0 || close < 0) {
                continue;
            }
            String simplified = line.substring(space1 + 1, space2);
            if (simplified.length() == 1) {
                addPinyin(pinyin, simplified.charAt(0), line.substring(open + 1, close));
            }
            if (simplified.length() > MAX_WORD_LENGTH) {
                continue;
            }
            int count = glossStems(line.substring(close + 1), words, stemIds, stems, buffer);
            if (count == 0 && !onlyFunctionWords(line.substring(close + 1), words)) {
                continue;
            }
            int[] known = translations.get(simplified);
            translations.put(simplified, merge(known, buffer, count));
        }
        Map<Character, String[]> pinyinArrays = new HashMap<>(pinyin.size() * 2);
        pinyin.forEach((c, list) -> pinyinArrays.put(c, list.toArray(String[]::new)));
        return new CedictDictionary(stemIds, stems.toArray(String[]::new), translations, pinyinArrays);
    }

    /**
     * Whether a gloss that gave no stems says something, all in function words (我们 "we; us;
     * ourselves; our", 什么 "what?"): the headword is then kept with no translations, so that
     * segmentation takes it whole and the aligner skips it, rather than reading 我 and 们 apart and
     * looking for 们's "plural marker for pronouns" in the English. (A gloss of only "see …" and
     * "CL:" senses says nothing and stays out.)
     */
    private static boolean onlyFunctionWords(String glosses, EnglishWords words) {
        for (String sense : glosses.split("/")) {
            String plain = sense.replaceAll("\\([^)]*\\)|\\[[^\\]]*\\]", "").strip();
            if (plain.isEmpty() || plain.startsWith("CL:") || plain.startsWith("see ")) {
                continue;
            }
            for (String word : EnglishTokenizer.standard().words(plain)) {
                if (words.glossStemOrNull(EnglishWords.lower(word)) == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Collects the stem ids of the gloss part {@code /sense/sense/} into buffer; returns how many. */
    private static int glossStems(String glosses, EnglishWords words, Map<String, Integer> stemIds,
                                  List<String> stems, int[] buffer) {
        int count = 0;
        int depth = 0;
        boolean skipSense = false;
        // The standard tokens: a gloss's words are runs of ASCII letters ("3D" glosses "D"), and its
        // structure is symbols: senses between slashes, remarks in brackets.
        EnglishTokens tokens = EnglishTokenizer.standard().tokenize(glosses);
        for (int t = 0; t < tokens.size() && count < MAX_STEMS; t++) {
            int i = tokens.start(t);
            char c = glosses.charAt(i);
            if (tokens.kind(t) == EnglishTokenizer.Kind.SYMBOL) {
                if (c == '/') {
                    depth = 0;
                    skipSense = glosses.startsWith("CL:", i + 1) || glosses.startsWith("see ", i + 1)
                            || glosses.startsWith("see also", i + 1);
                } else if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth = Math.max(0, depth - 1);
                }
            } else if (tokens.kind(t) == EnglishTokenizer.Kind.WORD) {
                if (depth > 0 || skipSense) {
                    continue;
                }
                String stem = words.glossStemOrNull(EnglishWords.lower(tokens.text(t)));
                if (stem == null) {
                    continue;
                }
                Integer id = stemIds.get(stem);
                if (id == null) {
                    id = stems.size();
                    stemIds.put(stem, id);
                    stems.add(stem);
                }
                if (!containsFirst(buffer, count, id)) {
                    buffer[count++] = id;
                }
            }
        }
        return count;
    }

    private static boolean containsFirst(int[] values, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] merge(int[] known, int[] buffer, int count) {
        int[] all;
        if (known == null) {
            all = Arrays.copyOf(buffer, count);
        } else {
            all = Arrays.copyOf(known, known.length + count);
            System.arraycopy(buffer, 0, all, known.length, count);
        }
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    private static void addPinyin(Map<Character, List<String>> pinyin, char c, String syllables) {
        if (syllables.indexOf(' ') >= 0) {
            return;
        }
        StringBuilder plain = new StringBuilder(syllables.length());
        for (int i = 0; i < syllables.length(); i++) {
            char s = syllables.charAt(i);
            if (EnglishTokenizer.isAsciiLetter(s)) {
                plain.append(Character.toLowerCase(s));
            }
        }
        if (plain.length() == 0) {
            return;
        }
        List<String> list = pinyin.computeIfAbsent(c, k -> new ArrayList<>(2));
        String syllable = plain.toString();
        if (!list.contains(syllable)) {
            list.add(syllable);
        }
    }
}
