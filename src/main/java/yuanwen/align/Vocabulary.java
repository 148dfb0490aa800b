package yuanwen.align;

import java.util.HashMap;
import java.util.Map;

/**
 * Integer ids for everything one alignment matches on: the dictionary's English stems first (same
 * ids as {@link CedictDictionary}), then, numbered in order of first appearance so that the same
 * input always gives the same ids, stems only this document has, numbers (by value) and glossary
 * entries (by entry id). Each kind has its own key space, so a stem can never meet an entry id.
 */
final class Vocabulary {

    private final CedictDictionary dictionary;
    private final Map<String, Integer> localWords = new HashMap<>();
    private final Map<Double, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> terms = new HashMap<>();
    private int nextLocal;

    Vocabulary(CedictDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The id of an English stem (also what a Chinese word or Latin token is found by). */
    int word(String stem) {
        int id = dictionary.stemId(stem);
        return id >= 0 ? id : localWords.computeIfAbsent(stem, k -> newId());
    }

    /**
     * The id of a number's value: numbers of different kinds with the same value share it, and
     * {@link UnitMatcher} then decides whether the two mentions agree.
     */
    int number(double value) {
        return numbers.computeIfAbsent(value, k -> newId());
    }

    /** The id of a glossary entry. */
    int term(String entryId) {
        return terms.computeIfAbsent(entryId, k -> newId());
    }

    private int newId() {
        return dictionary.stemCount() + nextLocal++;
    }
}
