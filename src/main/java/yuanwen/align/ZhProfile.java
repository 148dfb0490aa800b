package yuanwen.align;

import yuanwen.segment.NumberMention;

/**
 * A Chinese sentence as matchable units (words from the dictionary segmentation, numbers, Latin
 * tokens, glossary terms) and items: the ways a unit can be found in English. A word's item lists
 * the stem ids of its translations; a name item (pinyin) covers the words it spans.
 */
final class ZhProfile {

    /**
     * One way to find some of this sentence's units in English.
     *
     * @param surface    the Chinese as written (original script)
     * @param key        the word (simplified) for learned translations; null for names
     * @param candidates sorted English ids that count as finding it
     * @param unitMask   the units it covers
     */
    record Item(EvidenceKind kind, String surface, String key, int[] candidates, long[] unitMask) {
    }

    final int chars;
    final String speaker;
    final UnitKind[] unitKinds;
    /**
     * Per unit, what identifies it within its kind: the word (simplified), the Latin token's stem,
     * the number's value, the glossary entry id.
     */
    final String[] unitKeys;
    final String[] unitSurfaces;
    final NumberMention[] unitNumbers;
    final float[] weights;
    float totalWeight;
    /** The ways to find units in English; learned translations replace word items in place. */
    Item[] items;
    /** The indices of the NUMBER items, and the unit each covers: the ones {@link UnitMatcher} checks for agreement. */
    int[] numberItems;
    int[] numberItemUnits;

    ZhProfile(int chars, String speaker, UnitKind[] unitKinds, String[] unitKeys, String[] unitSurfaces,
              NumberMention[] unitNumbers, Item[] items) {
        this.chars = chars;
        this.speaker = speaker;
        this.unitKinds = unitKinds;
        this.unitKeys = unitKeys;
        this.unitSurfaces = unitSurfaces;
        this.unitNumbers = unitNumbers;
        this.weights = new float[unitKeys.length];
        replaceItems(items);
    }

    /**
     * Gives the profile other items (quote mode drops function words' items), keeping the index of
     * number items that {@link UnitMatcher} reads in step with them.
     */
    void replaceItems(Item[] newItems) {
        this.items = newItems;
        int count = 0;
        for (Item item : newItems) {
            count += item.kind() == EvidenceKind.NUMBER ? 1 : 0;
        }
        int[] indices = new int[count];
        int[] units = new int[count];
        for (int t = 0, k = 0; t < newItems.length; t++) {
            if (newItems[t].kind() == EvidenceKind.NUMBER) {
                indices[k] = t;
                units[k++] = Masks.first(newItems[t].unitMask());
            }
        }
        this.numberItems = indices;
        this.numberItemUnits = units;
    }

    int units() {
        return unitKeys.length;
    }
}
