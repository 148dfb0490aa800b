package yuanwen.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import yuanwen.text.BadInputException;

/**
 * WebVTT captions, including YouTube auto-captions.
 *
 * <p>Requires the {@code WEBVTT} header, skips NOTE/STYLE/REGION blocks and cue identifiers, ignores cue
 * settings, takes speakers from {@code <v Name>} spans and decodes entities (via {@link CaptionMarkup}).
 *
 * <p>YouTube auto-captions roll: each cue repeats the previous cue's last line as its first line, and
 * ~10 ms "hold" cues repeat it alone. A file with inline word timings ({@code <00:00:01.000><c>}) is
 * read in rolling mode: a line is new when it carries inline timings (YouTube only times words on their
 * first showing) or differs from the last line kept; a repeat of the last kept line is dropped. So
 * every spoken word appears once. Rolling mode is never used without inline timings, because ordinary
 * subtitles may legitimately repeat a line ("No!" / "No!").
 */
final class VttReader implements FormatReader {

    static final String EXPECTED_HEADER = "expected WEBVTT header";
    static final String EXPECTED_TIMING = "expected a cue timing like 00:01.000 --> 00:04.000";

    @Override
    public List<Cue> read(Path file, LineIndex lines) {
        int n = lines.count();
        if (n == 0 || !isHeader(lines.line(0))) {
            throw new BadInputException(file, 1, EXPECTED_HEADER);
        }
        boolean rolling = CaptionMarkup.hasInlineTime(lines.text());
        CaptionCues cues = new CaptionCues(lines);
        String lastKept = null;
        int i = skipBlock(lines, 0); // the header block may hold "Kind:" / "Language:" lines
        while (i < n) {
            String line = lines.line(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (startsMetadataBlock(line)) {
                i = skipBlock(lines, i);
                continue;
            }
            if (!line.contains("-->")) {
                if (i + 1 < n && lines.line(i + 1).contains("-->")) {
                    i++; // a cue identifier
                    continue;
                }
                i = skipBlock(lines, i); // not a cue: the WebVTT parser drops such blocks too
                continue;
            }
            Timestamps.Timing timing = Timestamps.timing(line);
            if (timing == null) {
                throw new BadInputException(file, i + 1, EXPECTED_TIMING);
            }
            int textEnd = cueTextEnd(lines, i + 1);
            List<CaptionLine> text = new ArrayList<>();
            for (int t = i + 1; t < textEnd; t++) {
                CaptionLine caption = CaptionLine.parse(lines, t);
                if (caption.text().isEmpty()) {
                    continue;
                }
                if (rolling && !caption.inlineTimed() && caption.text().text().equals(lastKept)) {
                    continue;
                }
                lastKept = caption.text().text();
                text.add(caption);
            }
            cues.add(timing.start(), timing.end(), text);
            i = textEnd;
        }
        return cues.cues();
    }

    private static boolean isHeader(String firstLine) {
        return firstLine.startsWith("WEBVTT")
                && (firstLine.length() == 6 || firstLine.charAt(6) == ' ' || firstLine.charAt(6) == '\t');
    }

    private static boolean startsMetadataBlock(String line) {
        for (String keyword : new String[] {"NOTE", "STYLE", "REGION"}) {
            if (line.startsWith(keyword)
                    && (line.length() == keyword.length() || Character.isWhitespace(line.charAt(keyword.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first line after the block starting at {@code from} (blocks end at a blank line). */
    private static int skipBlock(LineIndex lines, int from) {
        int i = from;
        while (i < lines.count() && !lines.line(i).isBlank()) {
            i++;
        }
        return i;
    }

    // Cue text ends at an empty line. Whitespace-only lines do not end it: YouTube writes " " lines
    // inside cues. A line followed by a timing line is the next cue's identifier.
    private static int cueTextEnd(LineIndex lines, int from) {
        int i = from;
        int n = lines.count();
        while (i < n) {
            String line = lines.line(i);
            if (line.isEmpty() || line.contains("-->")
                    || (i + 1 < n && lines.line(i + 1).contains("-->"))) {
                return i;
            }
            i++;
        }
        return i;
    }
}
