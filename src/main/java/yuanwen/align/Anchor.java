package yuanwen.align;

import java.util.List;

/**
 * A pair the aligner must keep as given, such as one a reviewer accepted: Chinese sentences
 * {@code zhStart..zhEnd-1} translate English sentences {@code enStart..enEnd-1} (positions in the
 * lists given to the aligner).
 */
public record Anchor(int zhStart, int zhEnd, int enStart, int enEnd) {

    public Anchor {
        if (zhStart < 0 || enStart < 0 || zhEnd <= zhStart || enEnd <= enStart) {
            throw new IllegalArgumentException("a fixed pair needs at least one sentence a side: " + this);
        }
    }

    /** Whether this pair comes wholly after {@code other} on both sides. */
    public boolean follows(Anchor other) {
        return zhStart >= other.zhEnd && enStart >= other.enEnd;
    }

    static void checkOrder(List<Anchor> anchors, int n, int m) {
        Anchor previous = null;
        for (Anchor anchor : anchors) {
            if (anchor.zhEnd > n || anchor.enEnd > m) {
                throw new IllegalArgumentException("fixed pair " + anchor + " lies outside the documents ("
                        + n + " Chinese, " + m + " English sentences)");
            }
            if (previous != null && !anchor.follows(previous)) {
                throw new IllegalArgumentException("fixed pairs must follow each other on both sides: "
                        + previous + " then " + anchor);
            }
            previous = anchor;
        }
    }
}
