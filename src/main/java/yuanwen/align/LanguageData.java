package yuanwen.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import yuanwen.lang.en.EnglishTokenizer;

/**
 * The aligner's word lists, read-only, for the steps after it that mine stored alignments
 * ({@code yuanwen.mining}): the same English stop words, Chinese function words and CC-CEDICT
 * pinyin and glosses that the aligner's evidence is made of, so that a suggested term and the
 * aligner agree on what a content word is. Owned by the files of {@code yuanwen/align/}; this
 * class only hands them out.
 */
public final class LanguageData {

    private static final class FunctionWords {
        static final Set<String> ZH = read("function-words.zh.txt");
    }

    private LanguageData() {
    }

    /** Whether a lower-case English word is a stop word ({@code stopwords.en.txt}). */
    public static boolean isEnglishStopWord(String lowerCaseWord) {
        return EnglishWords.isStopWord(lowerCaseWord);
    }

    /** Whether a Chinese word is a function word ({@code function-words.zh.txt}): 的, 了, 我们, 因为, … */
    public static boolean isChineseFunctionWord(String word) {
        return FunctionWords.ZH.contains(word);
    }

    /** The pinyin syllables of a character (lower case, no tones), e.g. 德 → [de]; empty when CC-CEDICT has none. */
    public static List<String> pinyin(char c) {
        String[] syllables = CedictDictionary.standard().pinyin(c);
        return syllables == null ? List.of() : List.of(syllables);
    }

    /** Whether CC-CEDICT has this simplified headword with English glosses. */
    public static boolean isDictionaryWord(String simplified) {
        return CedictDictionary.standard().contains(simplified);
    }

    /**
     * Whether CC-CEDICT glosses the simplified word {@code zh} with every content word of the English
     * {@code phrase} (compared as the aligner compares them: lower case, Porter stems, stop words
     * left out): 数据库 → "database", 搜索 → "searching". False for a phrase with no content word.
     */
    public static boolean dictionaryTranslates(String zh, String phrase) {
        List<String> stems = CedictDictionary.standard().englishStems(zh);
        if (stems.isEmpty()) {
            return false;
        }
        EnglishWords words = new EnglishWords();
        boolean any = false;
        for (String word : EnglishTokenizer.standard().words(phrase)) {
            String stem = words.stemOrNull(EnglishWords.lower(word));
            if (stem == null) {
                continue;
            }
            if (!stems.contains(stem)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether some content word of CC-CEDICT's glosses of {@code zh} is a word of {@code text}
     * (Porter stems): the dictionary's own translation is there (巴菲特: "Buffett").
     */
    public static boolean dictionaryGlossIn(String zh, String text) {
        List<String> stems = CedictDictionary.standard().englishStems(zh);
        if (stems.isEmpty()) {
            return false;
        }
        EnglishWords words = new EnglishWords();
        for (String word : EnglishTokenizer.standard().words(text)) {
            String stem = words.stemOrNull(EnglishWords.lower(word));
            if (stem != null && stems.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> read(String resource) {
        try (InputStream in = LanguageData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("yuanwen/align/" + resource + " missing from this build");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf('#');
                for (String word : (comment >= 0 ? line.substring(0, comment) : line).trim().split("\\s+")) {
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
}
