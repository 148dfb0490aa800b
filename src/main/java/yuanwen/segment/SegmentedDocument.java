package yuanwen.segment;

import java.nio.file.Path;
import java.util.List;
import yuanwen.read.SourceFormat;

/**
 * A file turned into the sentences the aligner sees.
 *
 * @param file      where it came from
 * @param language  its language
 * @param encoding  how its bytes were decoded
 * @param format    the English source format it was read as, or null for a Chinese article
 * @param sentences its sentences in order
 */
public record SegmentedDocument(Path file, Language language, String encoding, SourceFormat format,
                                List<Sentence> sentences) {

    public SegmentedDocument {
        sentences = List.copyOf(sentences);
    }
}
