package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class SpeakerTranscriptSourceTest {

    @Test
    void nameLabels() {
        Source source = SourceFiles.read("speakers-names.txt");

        assertThat(source.cues()).extracting(Cue::speaker, Cue::turn, Cue::text, Cue::firstLine, Cue::lastLine)
                .containsExactly(
                        tuple("Brad Gerstner", 1, "Satya, welcome back. It's great to have you here.", 1, 2),
                        tuple("Satya Nadella", 2, "Thank you, Brad. It's great to be with you.", 3, 3),
                        tuple("Bill Gurley", 3, "Let's start with the cloud.", 5, 5),
                        tuple("Satya Nadella", 4, "Sure. The cloud is a big deal for us.", 6, 7));
        assertThat(source.cues()).allSatisfy(cue -> assertThat(cue.timed()).isFalse());
    }

    @Test
    void timedLabelsEndWhereTheNextStarts() {
        Source source = SourceFiles.read("speakers-timed.txt");

        assertThat(source.cues()).extracting(Cue::speaker, Cue::start, Cue::end, Cue::text).containsExactly(
                tuple("Brad Gerstner", 5.0, 9.0, "Satya, welcome back. It's great to have you here."),
                tuple("Satya Nadella", 9.0, 14.0, "Thank you, Brad. It's great to be with you."),
                tuple("Bill Gurley", 14.0, 723.0, "Let's start with the cloud."),
                tuple("Satya Nadella", 723.0, 723.0, "Sure. The cloud is a big deal for us."));
    }

    @Test
    void speakerHeaderLines() {
        Source source = SourceFiles.read("speakers-headers.txt");

        assertThat(source.cues()).extracting(Cue::speaker, Cue::turn, Cue::start, Cue::end, Cue::text)
                .containsExactly(
                        tuple("SPEAKER_00", 1, 0.0, 8.0, "Satya, welcome back. It's great to have you here."),
                        tuple("SPEAKER_01", 2, 8.0, 14.0, "Thank you, Brad. It's great to be with you."),
                        tuple("SPEAKER_00", 3, 14.0, 35.0, "Let's start with the cloud."),
                        tuple("SPEAKER_01", 4, 35.0, 46.0, "Sure. The cloud is a big deal for us."));
        assertThat(source.cues().get(1).firstLine()).isEqualTo(5);
    }

    @Test
    void textBeforeTheFirstLabelHasNoSpeaker() {
        Source source = SourceReader.read(null, "Episode 12\n\nAnn: Hi.\nBob: Hello.\nAnn: Bye.\n",
                SourceFormat.SPEAKER_TRANSCRIPT);
        assertThat(source.cues()).extracting(Cue::speaker, Cue::turn)
                .containsExactly(tuple(null, 1), tuple("Ann", 2), tuple("Bob", 3), tuple("Ann", 4));
    }

    @Test
    void aNameAloneOnItsLineIsTheSpeakerOfTheTimedTextAfterIt() {
        Source source = SourceReader.read(null, "Ann:\n[00:00:05] Hi there.\n[00:00:09] Bo: Hello.\n",
                SourceFormat.SPEAKER_TRANSCRIPT);
        assertThat(source.cues()).extracting(Cue::speaker, Cue::turn, Cue::start, Cue::end, Cue::text)
                .containsExactly(tuple("Ann", 1, 5.0, 9.0, "Hi there."), tuple("Bo", 2, 9.0, 9.0, "Hello."));
    }
}
