package yuanwen.read;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import yuanwen.text.BadInputException;

/** The kinds of English source file Yuanwen reads. */
public enum SourceFormat {

    /** Plain text or an article: paragraphs separated by blank lines. */
    PLAIN,
    /** {@code Name: text}, {@code [00:12:03] Name: text} or {@code SPEAKER_01 00:35 - 00:46} + text. */
    SPEAKER_TRANSCRIPT,
    /** SubRip captions. */
    SRT,
    /** WebVTT captions, including YouTube auto-captions. */
    VTT,
    /** Whisper text output: {@code [00:08:46.400 --> 00:08:49.200]   text}. */
    WHISPER,
    /** rev.com transcripts: {@code Speaker Name (01:02): text} or {@code Speaker Name: (01:02)}. */
    REV,
    /** Otter.ai text export: a {@code Speaker Name  0:34} header line, then the text. */
    OTTER,
    /** Descript text export: {@code Speaker: [00:00:12] text}, timecodes also inside paragraphs. */
    DESCRIPT,
    /** A copy of YouTube's "Show transcript" panel: {@code 0:05} lines, each followed by its text. */
    YOUTUBE_TRANSCRIPT;

    /**
     * Whether a sentence may run on from one cue into the next (within a speaker turn). Captions and
     * transcripts cut sentences anywhere; a plain-text paragraph break always ends a sentence, since
     * headings and list items have no full stop.
     */
    public boolean sentencesCrossCues() {
        return this != PLAIN;
    }

    /** Guesses the format from the text alone. */
    public static SourceFormat detect(String text) {
        return SourceFormatDetector.detect(text, null);
    }

    /**
     * Guesses the format from the text, with the file name's {@code .srt}/{@code .vtt} extension as a
     * tie-breaker for caption files whose content is ambiguous (e.g. a WebVTT file missing its header,
     * which should be reported as such rather than read as SRT).
     */
    public static SourceFormat detect(Path file, String text) {
        return SourceFormatDetector.detect(text, file);
    }

    /**
     * The short name users see and {@code aligned/NAME.json} records: plain, transcript, srt, vtt, whisper,
     * rev, otter, descript, youtube-transcript.
     */
    public String label() {
        return switch (this) {
            case SPEAKER_TRANSCRIPT -> "transcript";
            case YOUTUBE_TRANSCRIPT -> "youtube-transcript";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The format named by a {@code --format} option: an enum name, its label or a common alias (txt, text,
     * article, speakers, transcript, subrip, webvtt, youtube, rev.com, otter.ai, youtube-panel),
     * case-insensitive. {@code youtube} stays WebVTT (the captions YouTube serves); the copied
     * transcript panel is {@code youtube-transcript}.
     *
     * @throws BadInputException for an unknown name, listing the accepted ones
     */
    public static SourceFormat fromName(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        switch (key) {
            case "plain", "txt", "text", "article":
                return PLAIN;
            case "speaker_transcript", "speaker", "speakers", "transcript":
                return SPEAKER_TRANSCRIPT;
            case "srt", "subrip":
                return SRT;
            case "vtt", "webvtt", "youtube":
                return VTT;
            case "whisper":
                return WHISPER;
            case "rev", "rev.com", "revcom":
                return REV;
            case "otter", "otter.ai", "otterai":
                return OTTER;
            case "descript":
                return DESCRIPT;
            case "youtube_transcript", "youtube_panel", "yt_transcript":
                return YOUTUBE_TRANSCRIPT;
            default:
                throw new BadInputException("unknown format '" + name + "', expected one of "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
        }
    }
}
