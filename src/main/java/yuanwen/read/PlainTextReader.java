package yuanwen.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text and articles: one cue per paragraph (lines up to a blank line), hard wraps joined with a
 * space. No times, no speakers. Hyphenated line breaks are kept as written ("inter- national"), since
 * telling them from real hyphens needs a dictionary.
 */
final class PlainTextReader implements FormatReader {

    @Override
    public List<Cue> read(Path file, LineIndex lines) {
        List<Cue> cues = new ArrayList<>();
        MappedText.Builder paragraph = MappedText.builder();
        for (int i = 0; i < lines.count(); i++) {
            if (lines.isBlank(i)) {
                addParagraph(paragraph, cues, lines);
                paragraph = MappedText.builder();
                continue;
            }
            paragraph.space(lines.start(i) - 1, lines.start(i));
            paragraph.appendSource(lines.text(), lines.start(i), lines.end(i));
        }
        addParagraph(paragraph, cues, lines);
        return cues;
    }

    private static void addParagraph(MappedText.Builder paragraph, List<Cue> cues, LineIndex lines) {
        if (!paragraph.isEmpty()) {
            cues.add(Cue.of(paragraph.build(), null, null, 1, null, lines));
        }
    }
}
