package yuanwen.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns timed captions into cues, shared by the SRT, WebVTT and Whisper readers. The lines of one
 * caption become one cue, except where a speaker change inside the caption ({@code - Hi. / - Hello.})
 * splits it: then each turn gets its own cue with the caption's time range, because a cue belongs to
 * exactly one turn.
 */
final class CaptionCues {

    private final LineIndex lines;
    private final TurnTracker turns = new TurnTracker();
    private final List<Cue> cues = new ArrayList<>();

    CaptionCues(LineIndex lines) {
        this.lines = lines;
    }

    void add(Double start, Double end, List<CaptionLine> captionLines) {
        MappedText.Builder text = null;
        int turn = 0;
        String speaker = null;
        int previousEnd = 0;
        for (CaptionLine line : captionLines) {
            if (line.text().isEmpty()) {
                continue;
            }
            int lineTurn = turns.next(line.turnMark(), line.speaker());
            if (text != null && lineTurn != turn) {
                cues.add(Cue.of(text.build(), start, end, turn, speaker, lines));
                text = null;
            }
            if (text == null) {
                text = MappedText.builder();
                turn = lineTurn;
                speaker = turns.speaker();
            } else {
                text.space(previousEnd, line.text().sourceStart(0));
            }
            text.append(line.text());
            previousEnd = line.text().sourceEnd(line.text().length() - 1);
        }
        if (text != null) {
            cues.add(Cue.of(text.build(), start, end, turn, speaker, lines));
        }
    }

    boolean isEmpty() {
        return cues.isEmpty();
    }

    List<Cue> cues() {
        return cues;
    }
}
