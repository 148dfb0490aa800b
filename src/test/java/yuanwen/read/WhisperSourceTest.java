package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.SharedData;

class WhisperSourceTest {

    // The Nadella transcript (../shared), read by the tests that use it so the others run without it.
    private String text;
    private Source source;

    private void readNadella() {
        Path file = SharedData.nadellaTranscript();
        text = SourceFiles.text(file);
        source = SourceReader.read(file, text, null);
    }

    @Test
    void oneCuePerLineWithTimes() {
        readNadella();
        assertThat(source.format()).isEqualTo(SourceFormat.WHISPER);
        // 1,832 timed lines; two say only [MUSIC PLAYING] and (laughs): sounds, not speech.
        assertThat(source.cues()).hasSize(1830);
        assertThat(source.cues()).noneMatch(c -> c.text().contains("MUSIC") || c.text().contains("laughs"));
        Cue first = source.cues().get(0);
        assertThat(first.text()).isEqualTo("I think the company of this generation");
        assertThat(first.start()).isEqualTo(0.0);
        assertThat(first.end()).isEqualTo(2.18);
        assertThat(first.firstLine()).isEqualTo(2);
        assertThat(text.substring(first.startOffset(), first.endOffset())).isEqualTo(first.text());
        Cue last = source.cues().get(source.cues().size() - 1);
        assertThat(last.start()).isEqualTo(5078.76); // 01:24:38.760
        assertThat(last.end()).isEqualTo(5080.84);
    }

    @Test
    void dashesStartNewNumberedTurns() {
        readNadella();
        List<Cue> cues = source.cues();
        Cue firstDash = cues.stream().filter(c -> c.firstLine() == 127).findFirst().orElseThrow();
        assertThat(firstDash.text()).isEqualTo("Satya, before we move on to AI,");
        assertThat(firstDash.turn()).isEqualTo(2);
        assertThat(cues.get(cues.indexOf(firstDash) - 1).turn()).isEqualTo(1);
        assertThat(cues.get(cues.size() - 1).turn()).isEqualTo(74);
        assertThat(cues).extracting(Cue::speaker).containsOnlyNulls();
    }

    @Test
    void hoursAreOptional() {
        Source shortForm = SourceReader.read(null, "[00:01.500 --> 00:03.000]  Hello.\n", SourceFormat.WHISPER);
        assertThat(shortForm.cues().get(0).start()).isEqualTo(1.5);
    }
}
