package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.SpeakerLabels;
import yuanwen.segment.EnglishSentenceSplitter;
import yuanwen.segment.Sentence;


class OtterTranscriptSourceTest {

    @Test
    void headerLinesGiveSpeakerAndStartTheFooterIsDropped() {
        Source source = SourceFiles.read("otter-export.txt");

        assertThat(source.format()).isEqualTo(SourceFormat.OTTER);
        assertThat(source.cues()).extracting(Cue::speaker, Cue::turn, Cue::start, Cue::end, Cue::text, Cue::firstLine)
                .containsExactly(
                        tuple("Lena Park", 1, 0.0, 7.0,
                                "Okay, we are recording. This is the planning call for the school fair.", 2),
                        tuple("Tomas", 2, 7.0, 15.0,
                                "Great. I booked the hall for Saturday. The caretaker wants the keys back by six.", 5),
                        tuple("Unknown Speaker", 3, 15.0, 3729.0, "Can we get a second table for the bake sale?", 8),
                        tuple("Lena Park", 4, 3729.0, 3729.0, "Yes. I will ask the caretaker tomorrow.", 11));
    }

    @Test
    void sentencesShareTheirParagraphsRange() {
        List<Sentence> sentences = new EnglishSentenceSplitter().split(SourceFiles.read("otter-export.txt"));

        assertThat(sentences).extracting(Sentence::text, SpeakerLabels::of, Sentence::start, Sentence::end)
                .startsWith(
                        tuple("Okay, we are recording.", "Lena Park", 0.0, 7.0),
                        tuple("This is the planning call for the school fair.", "Lena Park", 0.0, 7.0),
                        tuple("Great.", "Tomas", 7.0, 15.0),
                        tuple("I booked the hall for Saturday.", "Tomas", 7.0, 15.0));
        assertThat(sentences).hasSize(8);
    }

    @Test
    void withoutSpeakerIdentificationTheHeaderIsTheTimeAlone() {
        Source source = SourceReader.read(null, "0:00  \nFirst we tune the drums.\n\n0:12  \nThen the bass.\n",
                SourceFormat.OTTER);

        assertThat(source.cues()).extracting(Cue::speaker, Cue::start, Cue::end, Cue::text).containsExactly(
                tuple(null, 0.0, 12.0, "First we tune the drums."),
                tuple(null, 12.0, 12.0, "Then the bass."));
        assertThat(source.hasSpeakerTurns()).isFalse();
    }
}
