package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.SpeakerLabels;
import yuanwen.segment.EnglishSentenceSplitter;
import yuanwen.segment.Sentence;


class DescriptTranscriptSourceTest {

    @Test
    void speakerThenTimecodeOrTimecodeThenSpeakerOrNameAlone() {
        Source source = SourceFiles.read("descript-export.txt");

        assertThat(source.format()).isEqualTo(SourceFormat.DESCRIPT);
        assertThat(source.cues()).extracting(Cue::speaker, Cue::turn, Cue::start, Cue::end, Cue::text, Cue::firstLine)
                .containsExactly(
                        tuple("Iris Vale", 1, 0.0, 8.0, "Hello and welcome to Small Engines. Today we fix a lawn mower.", 1),
                        tuple("Joe Brandt", 2, 8.0, 21.0,
                                "Thanks, Iris. This one has not started since last summer. The fuel went stale.", 3),
                        tuple("Joe Brandt", 2, 21.0, 30.0, "So first we drain the tank.", 3),
                        tuple("Iris Vale", 3, 30.0, 35.0, "What about the spark plug?", 6),
                        tuple("Joe Brandt", 4, 35.0, 35.0, "We clean it with a wire brush. Then we try again.", 8));
    }

    @Test
    void timecodesInsideAParagraphSplitItsRange() {
        List<Sentence> sentences = new EnglishSentenceSplitter().split(SourceFiles.read("descript-export.txt"));

        assertThat(sentences.subList(2, 6)).extracting(Sentence::text, SpeakerLabels::of, Sentence::start, Sentence::end)
                .containsExactly(
                        tuple("Thanks, Iris.", "Joe Brandt", 8.0, 21.0),
                        tuple("This one has not started since last summer.", "Joe Brandt", 8.0, 21.0),
                        tuple("The fuel went stale.", "Joe Brandt", 8.0, 21.0),
                        tuple("So first we drain the tank.", "Joe Brandt", 21.0, 30.0));
    }

    @Test
    void aSentenceAcrossATimecodeSpansBothStretches() {
        Source source = SourceReader.read(null, "Ann: [00:00:02] We fixed the [00:00:04] hinge today.\n"
                + "Bo: [00:00:09] Good.\n", SourceFormat.DESCRIPT);
        List<Sentence> sentences = new EnglishSentenceSplitter().split(source);

        assertThat(sentences).extracting(Sentence::text, SpeakerLabels::of, Sentence::start, Sentence::end)
                .containsExactly(
                        tuple("We fixed the hinge today.", "Ann", 2.0, 9.0),
                        tuple("Good.", "Bo", 9.0, 9.0));
    }
}
