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
    final String[] unitKeys;
    final String[] unitSurfaces;
    final NumberMention[] unitNumbers;
    final float[] weights;
    float totalWeight;
    Item[] items;

    ZhProfile(int chars, String speaker, String[] unitKeys, String[] unitSurfaces, NumberMention[] unitNumbers,
              Item[] items) {
        this.chars = chars;
        this.speaker = speaker;
        this.unitKeys = unitKeys;
        this.unitSurfaces = unitSurfaces;
        this.unitNumbers = unitNumbers;
        this.weights = new float[unitKeys.length];
        this.items = items;
    }

    int units() {
        return unitKeys.length;
    }
}
