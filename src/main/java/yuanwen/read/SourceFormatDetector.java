package yuanwen.read;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The heuristic behind {@link SourceFormat#detect}. It looks at the first {@value #SAMPLE_LINES} lines
 * only, so detection costs the same for any file size, and decides in order of how unambiguous the
 * evidence is: a WEBVTT header, Whisper lines, caption timing lines, the labels of a transcript
 * service's export (rev.com, Otter, Descript, YouTube's transcript panel), other speaker labels, else
 * plain text.
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
        int rev = 0;
        int otter = 0;
        int descript = 0;
        int youtube = 0;
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
            } else if (RevTranscriptReader.isTimedLabel(line)) {
                rev++;
            } else if (OtterTranscriptReader.isNamedHeader(line)) {
                otter++;
            } else if (DescriptTranscriptReader.hasDescriptTime(line)) {
                descript++;
            } else if (YoutubeTranscriptReader.isTimeLine(line)) {
                youtube++;
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
        SourceFormat export = serviceExport(nonBlank, rev, otter, descript, youtube);
        if (export != null) {
            return export;
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

    /**
     * The transcript service whose labels the sample shows, or null. A rev, Otter or Descript label has a
     * shape prose never takes (a name with a time in brackets, a name, two spaces and a time), so, as for
     * other timed labels, two of them on a tenth of the lines suffice. A bare time opening a line is
     * weaker evidence (an agenda has them too): YouTube's panel has one on every other line, so a third.
     */
    private static SourceFormat serviceExport(int nonBlank, int rev, int otter, int descript, int youtube) {
        SourceFormat best = null;
        int bestCount = 0;
        int[] counts = {rev, otter, descript, youtube};
        SourceFormat[] formats = {SourceFormat.REV, SourceFormat.OTTER, SourceFormat.DESCRIPT,
                SourceFormat.YOUTUBE_TRANSCRIPT};
        for (int f = 0; f < formats.length; f++) {
            int count = counts[f];
            boolean enough = formats[f] == SourceFormat.YOUTUBE_TRANSCRIPT
                    ? count >= 3 && count * 3 >= nonBlank
                    : count >= 2 && count * 10 >= nonBlank;
            if (enough && count > bestCount) {
                best = formats[f];
                bestCount = count;
            }
        }
        return best;
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
