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

    /** The one wording, for SRT and WebVTT, of a cue whose end comes before its start. */
    static String endsBeforeStart(double start, double end) {
        return String.format(java.util.Locale.ROOT, "the cue ends before it starts (%.3f s --> %.3f s)", start, end);
    }

    @Override
    public List<Cue> read(Path file, LineIndex lines) {
        List<CaptionCue> captions = captionCues(file, lines);
        boolean rolling = CaptionMarkup.hasInlineTime(lines.text());
        CaptionCues cues = new CaptionCues(lines);
        String lastKept = null;
        for (CaptionCue caption : captions) {
            List<CaptionLine> text = new ArrayList<>();
            for (int t : caption.textLines()) {
                CaptionLine line = CaptionLine.parse(lines, t);
                if (line.text().isEmpty()) {
                    continue;
                }
                if (rolling && !line.inlineTimed() && line.text().text().equals(lastKept)) {
                    continue;
                }
                lastKept = line.text().text();
                text.add(line);
            }
            cues.add(caption.start(), caption.end(), text);
        }
        return cues.cues();
    }

    /**
     * The cues as the WebVTT parser algorithm takes them ({@link WebVttParser}), refused where
     * Yuanwen is stricter than a browser: no {@code WEBVTT} signature, a line that looks like a
     * timing but does not parse (a browser drops the cue and its speech in silence), and a cue
     * ending before it starts (a browser keeps it; a sentence's time range would run backwards).
     */
    static List<CaptionCue> captionCues(Path file, LineIndex lines) {
        WebVttParser.Result parsed = WebVttParser.parse(lines);
        if (!parsed.signature()) {
            throw new BadInputException(file, 1, EXPECTED_HEADER);
        }
        if (!parsed.failedTimings().isEmpty()) {
            throw new BadInputException(file, parsed.failedTimings().get(0) + 1, EXPECTED_TIMING);
        }
        for (CaptionCue cue : parsed.cues()) {
            if (cue.end() < cue.start()) {
                throw new BadInputException(file, cue.lineNumber(), endsBeforeStart(cue.start(), cue.end()));
            }
        }
        return parsed.cues();
    }
}
