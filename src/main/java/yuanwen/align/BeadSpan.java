package yuanwen.align;

/**
 * Where one bead lies in the sentence lists being aligned: Chinese sentences {@code [zh, zh +
 * zhCount)} against English sentences {@code [en, en + enCount)}. A count of 0 makes a one-sided
 * bead: a sentence left unaligned (its start on the empty side says where it falls). The search's
 * path, the anchors a long document is pinned to (1–1 spans) and the confident beads the
 * translation table learns from are all lists of these.
 *
 * <p>A record of four ints costs the allocation an {@code int[4]} did; the search's inner loop
 * runs over shapes and allocates nothing, so spans are made only for the beads of a found path.
 */
record BeadSpan(int zh, int zhCount, int en, int enCount) {

    /** A 1–1 bead: Chinese sentence {@code zh} with English sentence {@code en}. */
    static BeadSpan oneToOne(int zh, int en) {
        return new BeadSpan(zh, 1, en, 1);
    }

    /** Whether one side is empty. */
    boolean oneSided() {
        return zhCount == 0 || enCount == 0;
    }

    /** Just past the last Chinese sentence. */
    int zhEnd() {
        return zh + zhCount;
    }

    /** Just past the last English sentence. */
    int enEnd() {
        return en + enCount;
    }
}
