package yuanwen.align;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;
import yuanwen.text.WordList;

/**
 * English words reduced to what a translation can match: lower case, Porter stem, with stop words
 * (function words, and the descriptive words CC-CEDICT glosses use) removed. One instance is not
 * thread-safe (the stem memo); each alignment builds its own or uses it from one thread.
 */
final class EnglishWords {

    private static final Set<String> STOP_WORDS = readStopWords();

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> memo = new HashMap<>();

    /** Whether a lower-case word is a stop word. */
    static boolean isStopWord(String lowerCaseWord) {
        return STOP_WORDS.contains(lowerCaseWord);
    }

    /** The stem of a lower-case word, or null for a stop word or a one-letter word. */
    String stemOrNull(String lowerCaseWord) {
        if (lowerCaseWord.length() < 2 || STOP_WORDS.contains(lowerCaseWord)) {
            return null;
        }
        String stem = memo.get(lowerCaseWord);
        if (stem == null) {
            stem = stemmer.stem(lowerCaseWord);
            memo.put(lowerCaseWord, stem);
        }
        return stem;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Set<String> readStopWords() {
        return WordList.words(EnglishWords.class, "stopwords.en.txt");
    }
}
