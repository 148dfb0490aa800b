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
    final int[] numberItems;
    final int[] numberItemUnits;

    ZhProfile(int chars, String speaker, UnitKind[] unitKinds, String[] unitKeys, String[] unitSurfaces,
              NumberMention[] unitNumbers, Item[] items) {
        this.chars = chars;
        this.speaker = speaker;
        this.unitKinds = unitKinds;
        this.unitKeys = unitKeys;
        this.unitSurfaces = unitSurfaces;
        this.unitNumbers = unitNumbers;
        this.weights = new float[unitKeys.length];
        this.items = items;
        int count = 0;
        for (Item item : items) {
            count += item.kind() == EvidenceKind.NUMBER ? 1 : 0;
        }
        this.numberItems = new int[count];
        this.numberItemUnits = new int[count];
        for (int t = 0, k = 0; t < items.length; t++) {
            if (items[t].kind() == EvidenceKind.NUMBER) {
                numberItems[k] = t;
                numberItemUnits[k++] = Masks.first(items[t].unitMask());
            }
        }
    }

    int units() {
        return unitKeys.length;
    }
}
