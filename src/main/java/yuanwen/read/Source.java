package yuanwen.read;

import java.nio.file.Path;
import java.util.List;

/**
 * An English source file after reading: its format and its cues in file order.
 *
 * @param file   the file the text came from (for messages)
 * @param format the format it was read as
 * @param cues   the cues in file order
 * @param lines  the decoded text and its lines, for turning offsets into line numbers
 */
public record Source(Path file, SourceFormat format, List<Cue> cues, LineIndex lines) {

    public Source {
        cues = List.copyOf(cues);
    }

    /** Whether the file marks speaker changes at all (some cue is past turn 1). */
    public boolean hasSpeakerTurns() {
        return !cues.isEmpty() && cues.get(cues.size() - 1).turn() > 1;
    }
}
