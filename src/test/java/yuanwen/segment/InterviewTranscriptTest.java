package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import yuanwen.Fixtures;
import yuanwen.read.Cue;
import yuanwen.read.Source;
import yuanwen.read.SourceFiles;
import yuanwen.read.SourceFormat;
import yuanwen.read.SourceReader;

/**
 * The English original of the invented interview (fixtures/interview.en.txt, in the shape of a
 * Whisper transcript, and the same English as SubRip captions), read into cues and sentences. The
 * counts and times were checked by reading the fixture.
 */
class InterviewTranscriptTest {

    private static final Pattern WHISPER_LINE = Pattern.compile("^\\[(\\S+) --> (\\S+)\\]\\s*(.*)$");

    private static final Path FILE = Fixtures.interviewTranscript();
    private static final String TEXT = Fixtures.text(FILE);
    private static final Source SOURCE = SourceReader.read(FILE, TEXT, null);
    private static final List<Sentence> SENTENCES = new EnglishSentenceSplitter().split(SOURCE);

    @Test
    void everyTimedLineButTheTwoSoundsIsACue() {
        assertThat(SOURCE.format()).isEqualTo(SourceFormat.WHISPER);
        // 42 timed lines; [MUSIC PLAYING] and (laughs) are sounds, not speech
        assertThat(SOURCE.cues()).hasSize(40)
                .noneMatch(c -> c.text().contains("MUSIC") || c.text().contains("laughs"));
        Cue first = SOURCE.cues().get(0);
        assertThat(first.text()).isEqualTo("The hard part was never the robot.");
        assertThat(first.start()).isEqualTo(0.0);
        assertThat(first.end()).isEqualTo(3.56);
        assertThat(first.firstLine()).isEqualTo(2);
        assertThat(TEXT.substring(first.startOffset(), first.endOffset())).isEqualTo(first.text());
        Cue last = SOURCE.cues().get(SOURCE.cues().size() - 1);
        assertThat(last.text()).isEqualTo("Thank you, Brad."); // the dash is a turn mark, not text
        assertThat(last.start()).isEqualTo(124.94); // 00:02:04.940
        assertThat(last.end()).isEqualTo(126.98);
    }

    @Test
    void eachDashStartsTheNextTurnAndNamesNobody() {
        List<Cue> cues = SOURCE.cues();
        assertThat(cues.stream().filter(c -> c.text().equals("Helen, welcome to the show.")).findFirst().orElseThrow().turn())
                .isEqualTo(1); // the cold open and the first question: no dash between them
        Cue answer = cues.stream().filter(c -> c.text().equals("Thank you for having me.")).findFirst().orElseThrow();
        assertThat(answer.turn()).isEqualTo(2);
        assertThat(answer.firstLine()).isEqualTo(9);
        assertThat(cues.get(cues.size() - 1).turn()).isEqualTo(12);
        assertThat(cues).extracting(Cue::speaker).containsOnlyNulls();
    }

    @Test
    void theTranscriptIs25SentencesJoinedAcrossCaptionLines() {
        assertThat(SENTENCES).hasSize(25);
        assertThat(SENTENCES.get(0).text()).isEqualTo("The hard part was never the robot.");
        Sentence walk = SENTENCES.get(6);
        assertThat(walk.text()).isEqualTo(
                "I worked in warehouses for twelve years, and every day I saw workers walk 20 kilometers.");
        assertThat(walk.firstLine()).isEqualTo(10);
        assertThat(walk.lastLine()).isEqualTo(12);
        assertThat(walk.start()).isEqualTo(23.22);
        assertThat(walk.end()).isEqualTo(32.0);
        assertThat(TEXT.substring(walk.startOffset(), walk.endOffset())).startsWith("I worked in warehouses")
                .endsWith("walk 20 kilometers.");
        assertThat(SENTENCES.get(24).text()).isEqualTo("Thank you, Brad.");
        assertThat(SENTENCES.get(24).end()).isEqualTo(126.98);
        for (int i = 1; i < SENTENCES.size(); i++) {
            assertThat(SENTENCES.get(i).index()).isEqualTo(i);
            assertThat(SENTENCES.get(i).start()).isGreaterThanOrEqualTo(SENTENCES.get(i - 1).end());
        }
    }

    @Test
    void noWordIsLostOrDuplicated() {
        List<String> captionLines = new ArrayList<>();
        for (String line : TEXT.split("\n")) {
            Matcher m = WHISPER_LINE.matcher(line);
            if (m.matches()) {
                captionLines.add(m.group(3).replaceFirst("^- ", "").replace("[MUSIC PLAYING]", "").replace("(laughs)", ""));
            }
        }
        assertThat(captionLines).hasSize(42);

        assertThat(SourceFiles.words(SENTENCES.stream().map(Sentence::text).toList()))
                .isEqualTo(SourceFiles.words(captionLines));
    }

    @Test
    void sentencesOfOneTurnShareASpeakerAndNoSentenceSpansTwoTurns() {
        Map<Integer, Integer> turnByLine = new HashMap<>();
        for (Cue cue : SOURCE.cues()) {
            for (int line = cue.firstLine(); line <= cue.lastLine(); line++) {
                turnByLine.put(line, cue.turn());
            }
        }
        for (Sentence a : SENTENCES) {
            int turn = turnByLine.get(a.firstLine());
            assertThat(turnByLine.get(a.lastLine())).as(a.text()).isEqualTo(turn);
            for (Sentence b : SENTENCES) {
                boolean sameTurn = turnByLine.get(b.firstLine()) == turn;
                assertThat(a.speaker().equals(b.speaker())).as("%s / %s", a.text(), b.text()).isEqualTo(sameTurn);
            }
        }
    }

    @Test
    void theSubRipCaptionsGiveTheSameSentencesAndTurns() {
        Path srtFile = Fixtures.interviewCaptions();
        Source srt = SourceReader.read(srtFile, Fixtures.text(srtFile), null);
        List<Sentence> fromCaptions = new EnglishSentenceSplitter().split(srt);

        assertThat(srt.format()).isEqualTo(SourceFormat.SRT);
        assertThat(fromCaptions).extracting(Sentence::text).containsExactlyElementsOf(
                SENTENCES.stream().map(Sentence::text).toList());
        for (int i = 0; i < SENTENCES.size(); i++) {
            for (int j = 0; j < SENTENCES.size(); j++) {
                assertThat(fromCaptions.get(i).speaker().equals(fromCaptions.get(j).speaker()))
                        .isEqualTo(SENTENCES.get(i).speaker().equals(SENTENCES.get(j).speaker()));
            }
            // a caption holds two Whisper lines: its sentences lie within the caption's times
            assertThat(fromCaptions.get(i).start()).isLessThanOrEqualTo(SENTENCES.get(i).start());
            assertThat(fromCaptions.get(i).end()).isGreaterThanOrEqualTo(SENTENCES.get(i).end());
        }
    }
}
