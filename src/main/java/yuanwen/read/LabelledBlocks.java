package yuanwen.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a labelled transcript, collected label by label, shared by the readers of speaker
 * transcripts (podcast style, rev.com, Otter, Descript, the YouTube transcript panel).
 *
 * <p>A label opens a block: who speaks (null when the label names nobody: the speaker stays) and when
 * it starts (null when the label has no time). The text up to the next label, across hard wraps and
 * blank lines, belongs to the block. Exports give only start times, so a block without an end ends
 * where the next timed block starts, and the last one ends where it starts (nothing later is known).
 * Each sentence then gets the range of the blocks it touches: a turn with one label gives all its
 * sentences that turn's range, rather than times invented per sentence.
 *
 * <p>A label with nothing said after it (a name alone on its line, a time alone on its line) merges with
 * a following label that adds what it lacks, so {@code Name:} / {@code (00:28)} / text is one block
 * with both. A timed block whose text is all sound notes ({@code [Music]}) gives no cue but still ends
 * the block before it.
 */
final class LabelledBlocks {

    private static final class Block {
        String name;
        Double start;
        Double end;
        final MappedText.Builder text = MappedText.builder();

        Block(String name, Double start, Double end) {
            this.name = name;
            this.start = start;
            this.end = end;
        }
    }

    private final LineIndex lines;
    private final List<Block> blocks = new ArrayList<>();
    private Block current = new Block(null, null, null);

    LabelledBlocks(LineIndex lines) {
        this.lines = lines;
        blocks.add(current);
    }

    /**
     * Opens a block.
     *
     * @param name  the speaker the label names, or null to keep the current speaker
     * @param start start time in seconds, or null for an untimed label
     * @param end   end time when the label gives one (diarization headers), else null
     */
    void label(String name, Double start, Double end) {
        boolean completes = (name == null || current.name == null) && (start == null || current.start == null);
        if (current.text.isEmpty() && completes) {
            current.name = name != null ? name : current.name;
            current.start = start != null ? start : current.start;
            current.end = start != null ? end : current.end;
            return;
        }
        current = new Block(name, start, end);
        blocks.add(current);
    }

    /** Appends {@code [from, to)} of the file as written to the current block, after a word break. */
    void text(int from, int to) {
        current.text.space(from - 1, from);
        current.text.appendSource(lines.text(), from, to);
    }

    /**
     * Appends the spoken part of {@code [from, to)}: markup and sound descriptions such as
     * {@code [crosstalk]} or {@code [Music]} dropped (see {@link CaptionMarkup}).
     */
    void speech(int from, int to) {
        current.text.space(from - 1, from);
        CaptionMarkup.appendVisible(lines.text(), from, to, current.text);
    }

    /** The blocks as cues; blocks with no text are left out, a new name starts a new turn. */
    List<Cue> cues() {
        fillEndTimes();
        TurnTracker turns = new TurnTracker();
        List<Cue> cues = new ArrayList<>();
        for (Block block : blocks) {
            MappedText text = block.text.build();
            if (text.isEmpty()) {
                continue;
            }
            int turn = turns.next(false, block.name);
            cues.add(Cue.of(text, block.start, block.start == null ? null : block.end, turn, turns.speaker(), lines));
        }
        return cues;
    }

    private void fillEndTimes() {
        Double nextStart = null;
        for (int b = blocks.size() - 1; b >= 0; b--) {
            Block block = blocks.get(b);
            if (block.start != null && block.end == null) {
                block.end = nextStart != null && nextStart >= block.start ? nextStart : block.start;
            }
            if (block.start != null) {
                nextStart = block.start;
            }
        }
    }
}
