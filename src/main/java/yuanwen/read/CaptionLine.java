package yuanwen.read;

/**
 * One text line of a caption (SRT, WebVTT or Whisper) after markup removal, with the speaker marks it
 * carried. The marks are cut off the text: a dash is not a word.
 *
 * @param text        the visible text
 * @param turnMark    the line started with a dialogue dash or {@code >>}
 * @param speaker     the name from {@code <v Name>} or {@code [SPEAKER_00]:}, else null
 * @param inlineTimed the line had YouTube-style inline word timings, i.e. it is shown for the first time
 * @param index       0-based line index in the file
 */
record CaptionLine(MappedText text, boolean turnMark, String speaker, boolean inlineTimed, int index) {

    /** The caption text of line {@code index}, starting at offset {@code from} of the file. */
    static CaptionLine parse(LineIndex lines, int index, int from) {
        MappedText.Builder visible = MappedText.builder();
        CaptionMarkup.appendVisible(lines.text(), from, lines.end(index), visible);
        MappedText text = visible.build();
        // Most lines have no markup at all; only those with a '<' need the regular expressions.
        String raw = hasTag(lines.text(), from, lines.end(index)) ? lines.text().substring(from, lines.end(index)) : null;
        String speaker = raw == null ? null : CaptionMarkup.voice(raw);
        String label = SpeakerMarks.label(text.text());
        if (label != null) {
            speaker = label;
            text = text.from(SpeakerMarks.labelLength(text.text()));
        }
        int mark = SpeakerMarks.turnMarkLength(text.text());
        if (mark > 0) {
            text = text.from(mark);
        }
        return new CaptionLine(text, mark > 0, speaker, raw != null && CaptionMarkup.hasInlineTime(raw), index);
    }

    private static boolean hasTag(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '<') {
                return true;
            }
        }
        return false;
    }

    static CaptionLine parse(LineIndex lines, int index) {
        return parse(lines, index, lines.start(index));
    }
}
