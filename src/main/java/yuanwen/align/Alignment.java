package yuanwen.align;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document alignment: beads in document order, covering every Chinese and every English
 * sentence exactly once.
 */
public record Alignment(List<Bead> beads) {

    public Alignment {
        beads = List.copyOf(beads);
    }

    /** The beads that pair Chinese with English. */
    public List<Bead> alignedBeads() {
        return beads.stream().filter(Bead::aligned).collect(Collectors.toList());
    }

    /** One bead a line in Vecalign format, as the benchmark scorer reads it. */
    public String vecalign() {
        StringBuilder out = new StringBuilder();
        for (Bead bead : beads) {
            out.append(bead.vecalign()).append('\n');
        }
        return out.toString();
    }
}
