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
    private final Map<String, Integer> local = new HashMap<>();
    private final List<String> localKeys = new ArrayList<>();

    Vocabulary(CedictDictionary dictionary) {
        this.dictionary = dictionary;
    }

    int idOf(String key) {
        int id = find(key);
        if (id >= 0) {
            return id;
        }
        id = dictionary.stemCount() + localKeys.size();
        local.put(key, id);
        localKeys.add(key);
        return id;
    }

    /** The id of a key already seen, or -1. */
    int find(String key) {
        int id = dictionary.stemId(key);
        if (id >= 0) {
            return id;
        }
        Integer known = local.get(key);
        return known == null ? -1 : known;
    }

    String key(int id) {
        int base = dictionary.stemCount();
        return id < base ? dictionary.stem(id) : localKeys.get(id - base);
    }

    static String numberKey(double value) {
        return "#" + value;
    }

    static String termKey(String entryId) {
        return "=" + entryId;
    }
}
