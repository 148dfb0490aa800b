package yuanwen;

import yuanwen.segment.Sentence;

/** A sentence's speaker as the commands show it (the name or label, or "turn N"), for assertions. */
public final class SpeakerLabels {

    private SpeakerLabels() {
    }

    public static String of(Sentence sentence) {
        return sentence.speaker() == null ? null : sentence.speaker().shown();
    }
}
