package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.SpeakerLabels;
import yuanwen.segment.EnglishSentenceSplitter;
import yuanwen.segment.Sentence;


class RevTranscriptSourceTest {

    private final EnglishSentenceSplitter splitter = new EnglishSentenceSplitter();

    @Test
    void exportTurnsCarrySpeakerAndRunUntilTheNextTurnStarts() {
        Source source = SourceFiles.read("rev-export.txt");

        assertThat(source.format()).isEqualTo(SourceFormat.REV);
        assertThat(source.cues()).extracting(Cue::speaker, Cue::turn, Cue::start, Cue::end, Cue::firstLine, Cue::lastLine)
                .containsExactly(
                        tuple("Host", 1, null, null, 1, 1),
                        tuple("Mara Quill", 2, 9.0, 15.0, 3, 3),
                        tuple("Host", 3, 15.0, 18.0, 5, 5),
                        tuple("Mara Quill", 4, 18.0, 32.0, 8, 9),
                        tuple("Host", 5, 32.0, 3727.0, 11, 11),
                        tuple("Mara Quill", 6, 3727.0, 3727.0, 13, 13));
    }

    @Test
    void labelsAndSoundNotesAreNotSpeech() {
        Source source = SourceFiles.read("rev-export.txt");

        assertThat(SourceFiles.cueTexts(source)).containsExactly(
                "Welcome to the harbour show. Today we visit the last lighthouse keeper on the coast.",
                "Thank you for coming out here. The boat ride is rough in March.",
                "How long have you kept the light?",
                "Nineteen years this spring. My aunt kept it before me. She taught me to trim the wick by hand.",
                "And the storms?",
                "The worst one took the roof off the oil shed. We rebuilt it in a week.");
    }

    @Test
    void everySentenceOfATurnGetsTheTurnsRange() {
        List<Sentence> sentences = splitter.split(SourceFiles.read("rev-export.txt"));

        assertThat(sentences).extracting(SpeakerLabels::of, Sentence::start, Sentence::end, Sentence::firstLine)
                .containsExactly(
                        tuple("Host", null, null, 1),
                        tuple("Host", null, null, 1),
                        tuple("Mara Quill", 9.0, 15.0, 3),
                        tuple("Mara Quill", 9.0, 15.0, 3),
                        tuple("Host", 15.0, 18.0, 5),
                        tuple("Mara Quill", 18.0, 32.0, 8),
                        tuple("Mara Quill", 18.0, 32.0, 8),
                        tuple("Mara Quill", 18.0, 32.0, 9),
                        tuple("Host", 32.0, 3727.0, 11),
                        tuple("Mara Quill", 3727.0, 3727.0, 13),
                        tuple("Mara Quill", 3727.0, 3727.0, 13));
        assertThat(sentences.get(7).text()).isEqualTo("She taught me to trim the wick by hand.");
    }

    @Test
    void publishedLayoutsWithTheTimeAfterTheNameOrOnItsOwnLine() {
        Source source = SourceFiles.read("rev-published.txt");

        assertThat(source.format()).isEqualTo(SourceFormat.REV);
        assertThat(source.cues()).extracting(Cue::speaker, Cue::turn, Cue::start, Cue::end, Cue::text, Cue::firstLine)
                .containsExactly(
                        tuple("Dana Ortiz", 1, 0.0, 6.0, "Good evening, and thanks for joining the garden club call.", 2),
                        tuple("Pim Vos", 2, 6.0, 14.0, "Glad to be here. The tomatoes did well this year.", 5),
                        tuple("Dana Ortiz", 3, 14.0, 21.0, "What was your secret? Everyone else lost theirs to blight.", 9),
                        tuple("Pim Vos", 4, 21.0, 40.0, "Copper tape around the beds. And a lot of luck.", 13),
                        tuple("Pim Vos", 4, 40.0, 40.0, "Next year I will try the yellow ones.", 15));
    }

    @Test
    void aTimeInsideATurnGivesTheSentencesAfterItAFinerRange() {
        List<Sentence> sentences = splitter.split(SourceFiles.read("rev-published.txt"));

        assertThat(sentences.subList(5, 8)).extracting(Sentence::text, SpeakerLabels::of, Sentence::start, Sentence::end)
                .containsExactly(
                        tuple("Copper tape around the beds.", "Pim Vos", 21.0, 40.0),
                        tuple("And a lot of luck.", "Pim Vos", 21.0, 40.0),
                        tuple("Next year I will try the yellow ones.", "Pim Vos", 40.0, 40.0));
    }

    @Test
    void aNameLabelInsideAParagraphIsText() {
        Source source = SourceReader.read(null, "Ann (00:01): We had one rule.\nRule: nobody leaves early.\n"
                + "Bo (00:05): Fair enough.\n", SourceFormat.REV);

        assertThat(source.cues()).extracting(Cue::speaker, Cue::text).containsExactly(
                tuple("Ann", "We had one rule. Rule: nobody leaves early."),
                tuple("Bo", "Fair enough."));
    }
}
