package yuanwen.read;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The heuristic behind {@link SourceFormat#detect}. It looks at the first {@value #SAMPLE_LINES} lines
 * only, so detection costs the same for any file size, and decides in order of how unambiguous the
 * evidence is: a WEBVTT header, Whisper lines, caption timing lines, speaker labels, else plain text.
 */
final class SourceFormatDetector {

    static final int SAMPLE_LINES = 400;

    private static final Pattern CAPTION_TIMING = Pattern.compile("\\s*" + Timestamps.TIME + "\\s*-->.*");
    // Signs that a headerless caption file was meant as WebVTT: cue settings, <v>/<c>/inline times,
    // or times without hours.
    private static final Pattern VTT_TIMING_WITH_SETTINGS = Pattern.compile(
            "\\s*" + Timestamps.TIME + "\\s*-->\\s*" + Timestamps.TIME + "\\s+\\S+:.*");
    private static final Pattern VTT_SHORT_TIMING = Pattern.compile("\\s*\\d+:\\d{2}\\.\\d{3}\\s*-->.*");
    private static final Pattern VTT_MARKUP = Pattern.compile(".*<(?:v[ .]|c[>.]|\\d+:\\d{2}).*");

    private SourceFormatDetector() {
    }

    static SourceFormat detect(String text, Path file) {
        LineIndex lines = LineIndex.of(sample(text));
        String extension = extension(file);
        int nonBlank = 0;
        int whisper = 0;
        int timing = 0;
        int vttSigns = 0;
        int timedLabels = 0;
        int nameLabels = 0;
        Set<String> names = new HashSet<>();
        String first = null;
        for (int i = 0; i < lines.count(); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            String line = lines.line(i);
            nonBlank++;
            if (first == null) {
                first = line;
            }
            if (WhisperReader.LINE.matcher(line).lookingAt()) {
                whisper++;
            } else if (CAPTION_TIMING.matcher(line).matches()) {
                timing++;
                if (VTT_TIMING_WITH_SETTINGS.matcher(line).matches() || VTT_SHORT_TIMING.matcher(line).matches()) {
                    vttSigns++;
                }
            } else if (VTT_MARKUP.matcher(line).matches()) {
                vttSigns++;
            } else if (SpeakerTranscriptReader.isTimedLabel(lines, i)) {
                timedLabels++;
            } else {
                String name = SpeakerTranscriptReader.plainLabelName(lines, i);
                if (name != null) {
                    nameLabels++;
                    names.add(name);
                }
            }
        }
        if (first == null) {
            return plainUnlessNamed(extension);
        }
        if (first.startsWith("WEBVTT")) {
            return SourceFormat.VTT;
        }
        if (whisper * 2 >= nonBlank) {
            return SourceFormat.WHISPER;
        }
        if (timing > 0 && timing * 8 >= nonBlank) {
            if (extension.equals("srt")) {
                return SourceFormat.SRT;
            }
            return vttSigns > 0 || extension.equals("vtt") ? SourceFormat.VTT : SourceFormat.SRT;
        }
        if (timedLabels >= 2 && timedLabels * 10 >= nonBlank) {
            return SourceFormat.SPEAKER_TRANSCRIPT;
        }
        // Dialogue repeats names; an article's "Note:"/"Update:" lines are rare and all different.
        if (nameLabels >= 3 && nameLabels * 10 >= nonBlank * 3 && names.size() < nameLabels) {
            return SourceFormat.SPEAKER_TRANSCRIPT;
        }
        return plainUnlessNamed(extension);
    }

    // An empty or unrecognisable .srt/.vtt file is still read as what its name says, so the user gets
    // that format's error message instead of a silent plain-text reading.
    private static SourceFormat plainUnlessNamed(String extension) {
        return switch (extension) {
            case "srt" -> SourceFormat.SRT;
            case "vtt" -> SourceFormat.VTT;
            default -> SourceFormat.PLAIN;
        };
    }

    private static String sample(String text) {
        int end = -1;
        for (int lines = 0; lines < SAMPLE_LINES; lines++) {
            end = text.indexOf('\n', end + 1);
            if (end < 0) {
                return text;
            }
        }
        return text.substring(0, end);
    }

    private static String extension(Path file) {
        if (file == null || file.getFileName() == null) {
            return "";
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
