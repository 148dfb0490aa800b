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

    private static final Set<String> STOP_WORDS = WordList.words(EnglishWords.class, "stopwords.en.txt");
    /** Irregular forms and their base forms (chose → choose, women → woman), for running text. */
    private static final Map<String, String> BASE_FORMS = readBaseForms(true);
    /** The same without the forms that are words of their own in a gloss ("to found"). */
    private static final Map<String, String> GLOSS_BASE_FORMS = readBaseForms(false);

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

    /**
     * The stem of a lower-case word of running text: as {@link #stemOrNull}, after an irregular
     * form is replaced by the base form the dictionary's glosses use ({@code irregular-forms.en.txt}).
     */
    String textStemOrNull(String lowerCaseWord) {
        return stemOrNull(BASE_FORMS.getOrDefault(lowerCaseWord, lowerCaseWord));
    }

    /** The stem of a lower-case word of a dictionary gloss: "children" as "child", "found" as itself. */
    String glossStemOrNull(String lowerCaseWord) {
        return stemOrNull(GLOSS_BASE_FORMS.getOrDefault(lowerCaseWord, lowerCaseWord));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** {@code irregular-forms.en.txt}, with or without the forms marked "text". */
    private static Map<String, String> readBaseForms(boolean runningText) {
        Map<String, String> forms = new HashMap<>();
        for (String line : WordList.lines(EnglishWords.class, "irregular-forms.en.txt")) {
            String[] fields = line.split("\\s+");
            boolean textOnly = fields.length == 3 && fields[2].equals("text");
            if (fields.length != 2 && !textOnly) {
                throw new IllegalStateException("yuanwen/align/irregular-forms.en.txt: not \"form base\" or \"form base text\": "
                        + line);
            }
            if (runningText || !textOnly) {
                forms.put(fields[0], fields[1]);
            }
        }
        return Map.copyOf(forms);
    }
}
