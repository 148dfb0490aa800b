package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yuanwen.segment.EnglishSentenceSplitter;
import yuanwen.segment.Sentence;

/** The real English sources in {@code ../shared}: skipped when it is not there. */
class SharedTranscriptFormatsTest {

    private static Path shared(String relative) {
        Path file = Path.of(System.getProperty("yuanwen.shared", "../shared")).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "needs " + file);
        return file;
    }

    @ParameterizedTest
    @CsvSource({
            "data/transcripts/nadella-bg2-2024-12.en.txt, WHISPER",
            "data/pairs/jobs-stanford-2005/en.txt, SRT",
            "data/pairs/jobs-stanford-2005/en-printed.txt, PLAIN",
            "data/pairs/munger-caltech-2020/en.txt, REV",
    })
    void eachSharedSourceIsDetectedAsItsFormat(String relative, SourceFormat expected) {
        Path file = shared(relative);
        assertThat(SourceFormat.detect(file, SourceFiles.text(file))).isEqualTo(expected);
    }

    @Test
    void theMungerTranscriptKeepsSpeakersAndTurnRanges() {
        Path file = shared("data/pairs/munger-caltech-2020/en.txt");
        Source source = SourceReader.read(file, SourceFiles.text(file), null);
        List<Sentence> sentences = new EnglishSentenceSplitter().split(source);

        assertThat(sentences).allSatisfy(s -> assertThat(s.speaker().name()).isIn("Interviewer", "Charlie Munger"));
        assertThat(sentences).noneSatisfy(s -> assertThat(s.text()).containsPattern("\\(\\d+:\\d{2}\\):"));
        // Only the first turn, which the file gives without a time, is untimed.
        Cue first = source.cues().get(0);
        assertThat(first.timed()).isFalse();
        assertThat(source.cues().subList(1, source.cues().size())).allSatisfy(cue -> assertThat(cue.timed()).isTrue());
        // Every sentence of a turn (one paragraph) has that turn's range; ranges follow each other.
        Map<Integer, List<Sentence>> byLine = sentences.stream().filter(Sentence::timed)
                .collect(Collectors.groupingBy(Sentence::firstLine, TreeMap::new, Collectors.toList()));
        double previousEnd = 0;
        for (List<Sentence> turn : byLine.values()) {
            assertThat(turn).extracting(Sentence::start).containsOnly(turn.get(0).start());
            assertThat(turn).extracting(Sentence::end).containsOnly(turn.get(0).end());
            assertThat(turn.get(0).start()).isEqualTo(previousEnd == 0 ? turn.get(0).start() : previousEnd);
            previousEnd = turn.get(0).end();
        }
        assertThat(byLine).hasSizeGreaterThan(100);
    }
}
