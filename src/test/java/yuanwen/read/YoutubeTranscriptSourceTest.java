package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yuanwen.SpeakerLabels;
import yuanwen.segment.EnglishSentenceSplitter;
import yuanwen.segment.Sentence;


class YoutubeTranscriptSourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"youtube-panel.txt", "youtube-panel-one-line.txt"})
    void eachCaptionLastsUntilTheNextStartsAndMusicIsNotSpeech(String name) {
        Source source = SourceFiles.read(name);

        assertThat(source.format()).isEqualTo(SourceFormat.YOUTUBE_TRANSCRIPT);
        assertThat(source.cues()).extracting(Cue::start, Cue::end, Cue::text).containsExactly(
                tuple(0.0, 3.0, "Hi everyone, and welcome back to the"),
                tuple(3.0, 6.0, "channel. Today we are baking rye bread."),
                tuple(9.0, 13.0, "First, mix the flour with warm water."),
                tuple(13.0, 3602.0, "Then let it rest for an hour."),
                tuple(3602.0, 3602.0, "Thanks for watching!"));
        assertThat(source.cues()).allSatisfy(cue -> assertThat(cue.speaker()).isNull());
        assertThat(source.hasSpeakerTurns()).isFalse();
    }

    @Test
    void sentencesTakeTheRangeOfTheCaptionsTheyTouch() {
        List<Sentence> sentences = new EnglishSentenceSplitter().split(SourceFiles.read("youtube-panel.txt"));

        assertThat(sentences).extracting(Sentence::text, SpeakerLabels::of, Sentence::start, Sentence::end,
                Sentence::firstLine, Sentence::lastLine).containsExactly(
                tuple("Hi everyone, and welcome back to the channel.", null, 0.0, 6.0, 2, 4),
                tuple("Today we are baking rye bread.", null, 3.0, 6.0, 4, 4),
                tuple("First, mix the flour with warm water.", null, 9.0, 13.0, 8, 8),
                tuple("Then let it rest for an hour.", null, 13.0, 3602.0, 10, 10),
                tuple("Thanks for watching!", null, 3602.0, 3602.0, 12, 12));
    }

    @Test
    void aRatioOpeningATextLineIsWordsNotATime() {
        Source source = SourceReader.read(null, "0:00\nThe odds were\n0:02\n2:1 against us.\n",
                SourceFormat.YOUTUBE_TRANSCRIPT);

        assertThat(source.cues()).extracting(Cue::start, Cue::end, Cue::text).containsExactly(
                tuple(0.0, 2.0, "The odds were"),
                tuple(2.0, 2.0, "2:1 against us."));
    }
}
