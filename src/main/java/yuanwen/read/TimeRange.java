package yuanwen.read;

/**
 * When a piece of speech is heard in a timed source (captions, Whisper, a transcript's turn times
 * spread over its sentences), in seconds from the start of the recording.
 */
public record TimeRange(double start, double end) {

    /** The range from {@code start} to {@code end}, or null when the source gives no time. */
    public static TimeRange of(Double start, Double end) {
        return start == null || end == null ? null : new TimeRange(start, end);
    }
}
