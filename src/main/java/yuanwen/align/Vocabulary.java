package yuanwen.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Integer ids for everything one alignment matches on: the dictionary's English stems first (same
 * ids as {@link CedictDictionary}), then, numbered in order of first appearance so that the same
 * input always gives the same ids, stems only this document has, numbers (by value) and glossary
 * entries (by entry id). Each kind has its own key space, so a stem can never meet an entry id.
 *
 * <p>A vocabulary can be extended without being changed ({@link #extension()}): a quote's numbers
 * and words look up the vocabulary of a source that many quotes share ({@link QuoteIndex}).
 */
final class Vocabulary {

    private final CedictDictionary dictionary;
    /** The vocabulary this one extends without changing it, or null. */
    private final Vocabulary parent;
    private final int firstLocalId;
    /** Keys of the three spaces, kept apart by a prefix that never leaves this class. */
    private final Map<String, Integer> local = new HashMap<>();
    private final List<String> localKeys = new ArrayList<>();

    Vocabulary(CedictDictionary dictionary) {
        this.dictionary = dictionary;
        this.parent = null;
        this.firstLocalId = dictionary.stemCount();
    }

    private Vocabulary(Vocabulary parent) {
        this.dictionary = parent.dictionary;
        this.parent = parent;
        this.firstLocalId = parent.firstLocalId + parent.localKeys.size();
    }

    Vocabulary extension() {
        return new Vocabulary(this);
    }

    /** The id of an English stem (also what a Chinese word or Latin token is found by). */
    int word(String stem) {
        return idOf(stem);
    }

    /**
     * The id of a number's value: numbers of different kinds with the same value share it, and
     * {@link UnitMatcher} then decides whether the two mentions agree.
     */
    int number(double value) {
        return idOf(NUMBER + value);
    }

    /** The id of a glossary entry. */
    int term(String entryId) {
        return idOf(TERM + entryId);
    }

    /** The id of a stem already seen, or -1. */
    int findWord(String stem) {
        return find(stem);
    }

    /** The stem of a word id (null for a number or a glossary entry). */
    String stemOf(int id) {
        String key = key(id);
        return key.startsWith(NUMBER) || key.startsWith(TERM) ? null : key;
    }

    private static final String NUMBER = "#";
    private static final String TERM = "=";

    private int idOf(String key) {
        int id = find(key);
        if (id >= 0) {
            return id;
        }
        id = firstLocalId + localKeys.size();
        local.put(key, id);
        localKeys.add(key);
        return id;
    }

    private int find(String key) {
        int id = parent != null ? parent.find(key) : dictionary.stemId(key);
        if (id >= 0) {
            return id;
        }
        Integer known = local.get(key);
        return known == null ? -1 : known;
    }

    private String key(int id) {
        if (id < firstLocalId) {
            return parent != null ? parent.key(id) : dictionary.stem(id);
        }
        return localKeys.get(id - firstLocalId);
    }
}
