package yuanwen.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

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
        InputStream in = EnglishWords.class.getResourceAsStream("stopwords.en.txt");
        if (in == null) {
            throw new IllegalStateException("yuanwen/align/stopwords.en.txt missing from this build");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
