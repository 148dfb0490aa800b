package yuanwen.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Integer ids for everything one alignment matches on: the dictionary's English stems first (same
 * ids as {@link CedictDictionary}), then stems only this document has, numbers ({@code #2.75E9})
 * and glossary entries ({@code =person.jeff-bezos}), numbered in order of first appearance so that
 * the same input always gives the same ids.
 */
final class Vocabulary {

    private final CedictDictionary dictionary;
    /** The vocabulary this one extends without changing it, or null. */
    private final Vocabulary parent;
    private final int firstLocalId;
    private final Map<String, Integer> local = new HashMap<>();
    private final List<String> localKeys = new ArrayList<>();

    Vocabulary(CedictDictionary dictionary) {
        this.dictionary = dictionary;
        this.parent = null;
        this.firstLocalId = dictionary.stemCount();
    }

    /**
     * A vocabulary that knows every id of {@code parent} and gives new keys ids after them, leaving
     * {@code parent} as it is: a quote's numbers and words look up a source's vocabulary that many
     * quotes share (yuanwen.align.QuoteIndex).
     */
    private Vocabulary(Vocabulary parent) {
        this.dictionary = parent.dictionary;
        this.parent = parent;
        this.firstLocalId = parent.firstLocalId + parent.localKeys.size();
    }

    Vocabulary extension() {
        return new Vocabulary(this);
    }

    int idOf(String key) {
        int id = find(key);
        if (id >= 0) {
            return id;
        }
        id = firstLocalId + localKeys.size();
        local.put(key, id);
        localKeys.add(key);
        return id;
    }

    /** The id of a key already seen, or -1. */
    int find(String key) {
        int id = parent != null ? parent.find(key) : dictionary.stemId(key);
        if (id >= 0) {
            return id;
        }
        Integer known = local.get(key);
        return known == null ? -1 : known;
    }

    String key(int id) {
        if (id < firstLocalId) {
            return parent != null ? parent.key(id) : dictionary.stem(id);
        }
        return localKeys.get(id - firstLocalId);
    }

    static String numberKey(double value) {
        return "#" + value;
    }

    static String termKey(String entryId) {
        return "=" + entryId;
    }
}
