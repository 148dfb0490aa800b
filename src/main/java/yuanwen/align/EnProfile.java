package yuanwen.align;

import yuanwen.segment.NumberMention;

/**
 * An English sentence as matchable units: content-word stems, numbers, glossary entries. Each unit
 * has a kind, an id in the alignment's {@link Vocabulary} and a weight (IDF over the document).
 */
final class EnProfile {

    final int chars;
    final String speaker;
    final UnitKind[] kinds;
    final int[] ids;
    final String[] surfaces;
    final NumberMention[] numbers;
    final float[] weights;
    float totalWeight;
    /** Distinct unit ids, sorted, and for each the mask of units carrying it. */
    final int[] sortedIds;
    final long[][] idMasks;
    /** The units that are numbers: the ones {@link UnitMatcher} checks for agreement. */
    final int[] numberUnits;

    EnProfile(int chars, String speaker, UnitKind[] kinds, int[] ids, String[] surfaces, NumberMention[] numbers) {
        this.chars = chars;
        this.speaker = speaker;
        this.kinds = kinds;
        this.ids = ids;
        this.surfaces = surfaces;
        this.numbers = numbers;
        this.weights = new float[ids.length];
        int[] distinct = java.util.Arrays.stream(ids).sorted().distinct().toArray();
        this.sortedIds = distinct;
        this.idMasks = new long[distinct.length][];
        for (int u = 0; u < ids.length; u++) {
            int k = java.util.Arrays.binarySearch(distinct, ids[u]);
            if (idMasks[k] == null) {
                idMasks[k] = Masks.create(ids.length);
            }
            Masks.set(idMasks[k], u);
        }
        int count = 0;
        for (NumberMention number : numbers) {
            count += number != null ? 1 : 0;
        }
        this.numberUnits = new int[count];
        for (int u = 0, k = 0; u < numbers.length; u++) {
            if (numbers[u] != null) {
                numberUnits[k++] = u;
            }
        }
    }

    int units() {
        return ids.length;
    }
}
