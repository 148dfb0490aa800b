package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrtCaptionTest {

    private final Source source = SourceFiles.read("crlf-bom-missing-index.srt");

    @Test
    void readsCuesDespiteBomCrlfMissingIndexAndDotSeparator() {
        assertThat(source.format()).isEqualTo(SourceFormat.SRT);
        assertThat(source.cues()).extracting(Cue::text, Cue::start, Cue::end).containsExactly(
                tuple("Welcome back to the show. We have a great guest", 1.0, 3.5),
                tuple("today, who runs a very large company.", 3.5, 6.25),
                tuple("Thanks for having me.", 6.25, 8.0),
                tuple("It's our pleasure.", 6.25, 8.0),
                tuple("So let's start with the cloud.", 8.0, 10.0));
    }

    @Test
    void dialogueDashesStartNewTurnsWithoutNames() {
        assertThat(source.cues()).extracting(Cue::turn).containsExactly(1, 1, 2, 3, 3);
        assertThat(source.cues()).extracting(Cue::speaker).containsOnlyNulls();
    }

    @Test
    void linesAndOffsetsPointIntoTheFile() {
        String text = SourceFiles.text("crlf-bom-missing-index.srt");
        Cue first = source.cues().get(0);
        assertThat(first.firstLine()).isEqualTo(3);
        assertThat(first.lastLine()).isEqualTo(4);
        assertThat(text.substring(first.startOffset(), first.endOffset()))
                .isEqualTo("Welcome back to the show.</i>\r\nWe have a great guest");
        Cue second = source.cues().get(1);
        assertThat(second.firstLine()).isEqualTo(7);
        assertThat(text.substring(second.startOffset(), second.startOffset() + 5)).isEqualTo("today");
    }

    @Test
    void commaAndDotTimesAreTheSame() {
        String comma = "1\n00:01:02,500 --> 00:01:04,000\nHi.\n";
        String dot = comma.replace(',', '.');
        Source a = SourceReader.read(null, comma, SourceFormat.SRT);
        Source b = SourceReader.read(null, dot, SourceFormat.SRT);
        assertThat(a.cues().get(0).start()).isEqualTo(62.5).isEqualTo(b.cues().get(0).start());
    }

    @Test
    void blocksWithoutBlankLineBetweenThemAreSeparated() {
        String text = "1\n00:00:01,000 --> 00:00:02,000\nOne.\n2\n00:00:02,000 --> 00:00:03,000\nTwo.\n";
        Source read = SourceReader.read(null, text, SourceFormat.SRT);
        assertThat(SourceFiles.cueTexts(read)).containsExactly("One.", "Two.");
    }

    @Test
    void textAfterAStrayBlankLineIsMoreOfTheSameCaption() {
        String text = "1\n00:00:01,000 --> 00:00:03,000\nThe first part of the letter.\n\n"
                + "The second part, after a gap.\n\n2\n00:00:03,500 --> 00:00:05,000\nSigned, your cousin.\n";
        assertThat(SourceReader.captionCues(null, text, SourceFormat.SRT))
                .extracting(CaptionCue::id, CaptionCue::text, CaptionCue::textLines).containsExactly(
                        tuple("1", "The first part of the letter.\n\nThe second part, after a gap.", List.of(2, 4)),
                        tuple("2", "Signed, your cousin.", List.of(8)));
        assertThat(SourceReader.read(null, text, SourceFormat.SRT).cues()).extracting(Cue::text, Cue::start, Cue::end)
                .containsExactly(tuple("The first part of the letter. The second part, after a gap.", 1.0, 3.0),
                        tuple("Signed, your cousin.", 3.5, 5.0));
    }

    @Test
    void soundDescriptionsAreNotSpeech() {
        String text = "1\n00:00:01,000 --> 00:00:02,000\n[MUSIC PLAYING]\n\n"
                + "2\n00:00:02,000 --> 00:00:04,000\n[Applause] Thank you. (laughter)\n\n"
                + "3\n00:00:04,000 --> 00:00:06,000\nThe price (in dollars) was [sic] high.\n";
        Source read = SourceReader.read(null, text, SourceFormat.SRT);
        assertThat(SourceFiles.cueTexts(read)).containsExactly("Thank you.", "The price (in dollars) was [sic] high.");
    }

    @Test
    void whisperxSpeakerLabelsAreNotSounds() {
        String text = "[00:00:01.000 --> 00:00:02.000]   [SPEAKER_00]: Hello there.\n";
        Source read = SourceReader.read(null, text, SourceFormat.WHISPER);
        assertThat(read.cues()).extracting(Cue::speaker, Cue::text).containsExactly(tuple("SPEAKER_00", "Hello there."));
    }
}
