package yuanwen.read;

import java.nio.file.Path;
import java.util.List;

/** Reads the cues of one {@link SourceFormat}. {@code file} is only used in error messages. */
interface FormatReader {

    List<Cue> read(Path file, LineIndex lines);
}
