package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class PlainSourceTest {

    @Test
    void paragraphsWithHardWrapsJoined() {
        Source source = SourceFiles.read("article.txt");

        assertThat(source.format()).isEqualTo(SourceFormat.PLAIN);
        assertThat(source.cues()).extracting(Cue::text, Cue::firstLine, Cue::lastLine).containsExactly(
                tuple("The Irrelevance of Microsoft", 1, 1),
                tuple("By A. Writer, published Jan. 5, 2013", 3, 3),
                tuple("Microsoft has missed the shift to mobile. Its share of computing devices fell from over"
                        + " 90% to about 20% in a few years. Mr. Ballmer disagrees.", 5, 6),
                tuple("Note: figures are estimates.", 8, 8),
                tuple("What comes next? Nobody knows.", 10, 10));
        assertThat(source.cues()).allSatisfy(cue -> {
            assertThat(cue.timed()).isFalse();
            assertThat(cue.speaker()).isNull();
            assertThat(cue.turn()).isEqualTo(1);
        });
        assertThat(source.hasSpeakerTurns()).isFalse();
    }
}
