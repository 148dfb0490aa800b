package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class VttCaptionTest {

    @Test
    void skipsNoteAndStyleBlocksReadsVoicesSettingsAndEntities() {
        Source source = SourceFiles.read("voices.vtt");

        assertThat(source.format()).isEqualTo(SourceFormat.VTT);
        assertThat(source.cues()).extracting(Cue::text, Cue::start, Cue::end, Cue::speaker, Cue::turn)
                .containsExactly(
                        tuple("We are in New York City & it's a beautiful day.", 1.0, 4.0, "Roger Bingham", 1),
                        tuple("Thank you <Roger>. Glad to be here.", 4.0, 6.5, "Neil deGrasse Tyson", 2),
                        tuple("The universe is under no obligation to make sense to you.", 3606.5, 3609.0,
                                "Neil deGrasse Tyson", 2),
                        tuple("Indeed.", 3609.0, 3610.0, "Roger Bingham", 3));
    }

    @Test
    void entityOffsetsCoverTheWholeEntity() {
        String text = SourceFiles.text("voices.vtt");
        Cue first = SourceFiles.read("voices.vtt").cues().get(0);
        int amp = first.text().indexOf('&');
        assertThat(text.substring(first.content().sourceStart(amp), first.content().sourceEnd(amp)))
                .isEqualTo("&amp;");
    }

    @Test
    void youTubeRollingDuplicatesAreRemoved() {
        Source source = SourceFiles.read("youtube-auto.vtt");

        assertThat(String.join(" ", SourceFiles.cueTexts(source))).isEqualTo(
                "so today we're going to talk about cloud computing. it's a big deal okay so so let's begin.");
        assertThat(source.cues()).extracting(Cue::start).containsExactly(0.0, 2.36, 5.01, 7.51, 9.01);
    }

    @Test
    void youTubeWordsEqualTheSpokenWordsOnce() {
        Source source = SourceFiles.read("youtube-auto.vtt");
        // The spoken words, each once: the words on lines that carry inline timings or are new.
        assertThat(SourceFiles.words(SourceFiles.cueTexts(source))).containsExactly(
                "so", "today", "we're", "going", "to", "talk", "about", "cloud", "computing.",
                "it's", "a", "big", "deal", "okay", "so", "so", "let's", "begin.");
    }

    @Test
    void ordinaryVttKeepsRepeatedLines() {
        String text = "WEBVTT\n\n00:01.000 --> 00:02.000\nNo!\n\n00:02.000 --> 00:03.000\nNo!\n";
        assertThat(SourceFiles.cueTexts(SourceReader.read(null, text, null))).containsExactly("No!", "No!");
    }

    @Test
    void cueTextStopsAtTheNextCueIdentifier() {
        String text = "WEBVTT\n\n1\n00:01.000 --> 00:02.000\nOne.\n\n2\n00:02.000 --> 00:03.000\nTwo.";
        assertThat(SourceFiles.cueTexts(SourceReader.read(null, text, null))).containsExactly("One.", "Two.");
    }
}
