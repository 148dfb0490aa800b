package yuanwen.align;

import java.util.List;

/**
 * Vecalign's bead format, as aligner benchmarks and their scorers read it: one bead a line,
 * {@code [zh ids]:[en ids]} with 0-based sentence ids, e.g. {@code [3, 4]:[5]}, {@code [6]:[]}.
 * The one writer of it: {@link Alignment#vecalign()}, {@link Bead#vecalign()} and the beads export
 * of a stored alignment all come here.
 */
public final class Vecalign {

    private Vecalign() {
    }

    /** One bead, without the line break. */
    public static String bead(List<Integer> zhIds, List<Integer> enIds) {
        return ids(zhIds) + ":" + ids(enIds);
    }

    private static String ids(List<Integer> ids) {
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < ids.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            out.append(ids.get(k));
        }
        return out.append(']').toString();
    }
}
