package yuanwen.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker-change marks at the start of a caption or Whisper line: a dialogue dash ({@code - Yes.}),
 * the {@code >>} YouTube uses, and WhisperX's {@code [SPEAKER_00]:} label.
 */
final class SpeakerMarks {

    // "-Word" also counts (common in SRT), "-5 degrees" and "--" do not.
    private static final Pattern TURN_MARK = Pattern.compile("^(?:[-\u2013\u2014][ \\t]+|-(?=\\p{L})|>>[ \\t]*)");
    private static final Pattern WHISPERX_LABEL = Pattern.compile("^\\[(SPEAKER_\\d+)\\]:?[ \\t]*");

    private SpeakerMarks() {
    }

    /** Length of the leading turn mark of {@code text}, 0 when there is none. */
    static int turnMarkLength(CharSequence text) {
        if (text.length() == 0 || "-\u2013\u2014>".indexOf(text.charAt(0)) < 0) {
            return 0;
        }
        Matcher m = TURN_MARK.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** A leading {@code [SPEAKER_00]:} label, or null; {@link #labelLength} says how long it is. */
    static String label(CharSequence text) {
        if (text.length() == 0 || text.charAt(0) != '[') {
            return null;
        }
        Matcher m = WHISPERX_LABEL.matcher(text);
        return m.lookingAt() ? m.group(1) : null;
    }

    static int labelLength(CharSequence text) {
        Matcher m = WHISPERX_LABEL.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }
}
