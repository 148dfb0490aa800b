package yuanwen.read;

import java.nio.file.Path;
import java.util.List;
import yuanwen.text.BadInputException;

/** Reads an English source file's decoded text into cues, detecting its format unless one is given. */
public final class SourceReader {

    private SourceReader() {
    }

    /**
     * @param file         the file the text came from; used in messages and, for detection, its extension
     * @param text         the decoded file content (a BOM and any line endings are fine)
     * @param formatOrNull the format to read as (a {@code --format} override), or null to detect it
     * @throws BadInputException when the text is malformed for its format, naming the line
     */
    public static Source read(Path file, String text, SourceFormat formatOrNull) {
        LineIndex lines = LineIndex.of(text);
        if (text.isBlank() || (text.startsWith("\uFEFF") && text.substring(1).isBlank())) {
            // An empty file has nothing to align; it is not malformed in any format.
            return new Source(file, formatOrNull != null ? formatOrNull : SourceFormat.PLAIN, List.of(), lines);
        }
        SourceFormat format = formatOrNull != null ? formatOrNull : SourceFormat.detect(file, text);
        return new Source(file, format, readerFor(format).read(file, lines), lines);
    }

    /**
     * The captions of an SRT or WebVTT file as the file states them (id, times, raw text), before
     * markup is read and sentences are made: what {@code segment --cues} shows. The format is
     * detected unless given; another format is refused.
     */
    public static List<CaptionCue> captionCues(Path file, String text, SourceFormat formatOrNull) {
        LineIndex lines = LineIndex.of(text);
        SourceFormat format = formatOrNull != null ? formatOrNull : SourceFormat.detect(file, text);
        return switch (format) {
            case SRT -> SrtReader.captionCues(file, lines);
            case VTT -> VttReader.captionCues(file, lines);
            default -> throw new BadInputException(file, "is " + format.label()
                    + ", not captions; --cues reads SRT and WebVTT (give --format srt or vtt if it is one)");
        };
    }

    private static FormatReader readerFor(SourceFormat format) {
        return switch (format) {
            case PLAIN -> new PlainTextReader();
            case SPEAKER_TRANSCRIPT -> new SpeakerTranscriptReader();
            case SRT -> new SrtReader();
            case VTT -> new VttReader();
            case WHISPER -> new WhisperReader();
            case REV -> new RevTranscriptReader();
            case OTTER -> new OtterTranscriptReader();
            case DESCRIPT -> new DescriptTranscriptReader();
            case YOUTUBE_TRANSCRIPT -> new YoutubeTranscriptReader();
        };
    }
}
