package yuanwen.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import yuanwen.SharedData;
import yuanwen.SpeakerLabels;
import yuanwen.read.Cue;
import yuanwen.read.Source;
import yuanwen.read.SourceFiles;
import yuanwen.read.SourceReader;
import yuanwen.read.Speaker;


class EnglishSentenceSplitterTest {

    private static final Pattern WHISPER_LINE = Pattern.compile("^\\[(\\S+) --> (\\S+)\\]\\s*(.*)$");

    private final EnglishSentenceSplitter splitter = new EnglishSentenceSplitter();
    // The Nadella transcript (../shared), read by the tests that use it so the others run without it.
    private String nadellaText;
    private Source nadella;
    private List<Sentence> sentences;

    private void readNadella() {
        Path nadellaFile = SharedData.nadellaTranscript();
        nadellaText = SourceFiles.text(nadellaFile);
        nadella = SourceReader.read(nadellaFile, nadellaText, null);
        sentences = splitter.split(nadella);
    }

    @Test
    void transcriptSentencesCoverTheFirstAndLastTimestamps() {
        readNadella();
        assertThat(sentences).hasSizeGreaterThan(500);
        assertThat(sentences.get(0).start()).isEqualTo(0.0);
        assertThat(sentences.get(sentences.size() - 1).end()).isEqualTo(5080.84); // 01:24:40.840
        assertThat(sentences).allSatisfy(s -> {
            assertThat(s.timed()).isTrue();
            assertThat(s.start()).isLessThanOrEqualTo(s.end());
        });
        for (int i = 1; i < sentences.size(); i++) {
            assertThat(sentences.get(i).start()).isGreaterThanOrEqualTo(sentences.get(i - 1).start());
            assertThat(sentences.get(i).index()).isEqualTo(i);
        }
    }

    @Test
    void noWordIsLostOrDuplicated() {
        readNadella();
        List<String> captionLines = new ArrayList<>();
        for (String line : nadellaText.split("\n")) {
            Matcher m = WHISPER_LINE.matcher(line);
            if (m.matches()) {
                // Sound descriptions are dropped by the reader: they are not words of the speech.
                captionLines.add(m.group(3).replaceFirst("^- ", "").replace("[MUSIC PLAYING]", "").replace("(laughs)", ""));
            }
        }
        assertThat(captionLines).hasSize(1832);
        List<String> sentenceTexts = sentences.stream().map(Sentence::text).collect(Collectors.toList());

        assertThat(SourceFiles.words(sentenceTexts)).isEqualTo(SourceFiles.words(captionLines));
    }

    @Test
    void realSentencesAreJoinedAcrossCaptionLines() {
        readNadella();
        assertThat(sentences.get(0).text()).isEqualTo(
                "I think the company of this generation has already been created, which is open AI, in some sense.");
        assertThat(sentences.get(0).firstLine()).isEqualTo(2);
        assertThat(sentences.get(0).lastLine()).isEqualTo(3);
        assertThat(sentences.get(0).end()).isEqualTo(6.6);
        String fromFile = nadellaText.substring(sentences.get(0).startOffset(), sentences.get(0).endOffset());
        assertThat(fromFile).startsWith("I think the company").endsWith("in some sense.");
    }

    @Test
    void sentencesAfterADashBelongToANewTurn() {
        readNadella();
        Sentence dash = sentences.stream().filter(s -> s.firstLine() == 127).findFirst().orElseThrow();
        Sentence before = sentences.get(dash.index() - 1);

        assertThat(dash.text()).startsWith("Satya, before we move on to AI,");
        assertThat(dash.speaker()).isEqualTo(new Speaker(null, 2));
        assertThat(before.speaker()).isEqualTo(new Speaker(null, 1));
        assertThat(before.lastLine()).isLessThan(127);
    }

    @Test
    void noSentenceSpansASpeakerChange() {
        readNadella();
        Map<Integer, Integer> turnByLine = new HashMap<>();
        for (Cue cue : nadella.cues()) {
            turnByLine.put(cue.firstLine(), cue.turn());
        }
        for (Sentence sentence : sentences) {
            int turn = turnByLine.get(sentence.firstLine());
            assertThat(sentence.speaker()).isEqualTo(new Speaker(null, turn));
            for (int line = sentence.firstLine(); line <= sentence.lastLine(); line++) {
                assertThat(turnByLine.get(line)).as("line %d of %s", line, sentence).isEqualTo(turn);
            }
        }
    }

    @Test
    void srtSentencesMergeCaptionsAndSplitAtDashes() {
        List<Sentence> srt = splitter.split(SourceFiles.read("crlf-bom-missing-index.srt"));

        assertThat(srt).extracting(Sentence::text, SpeakerLabels::of, Sentence::start, Sentence::end,
                Sentence::firstLine, Sentence::lastLine).containsExactly(
                tuple("Welcome back to the show.", "turn 1", 1.0, 3.5, 3, 3),
                tuple("We have a great guest today, who runs a very large company.", "turn 1", 1.0, 6.25, 4, 8),
                tuple("Thanks for having me.", "turn 2", 6.25, 8.0, 12, 12),
                tuple("It's our pleasure.", "turn 3", 6.25, 8.0, 13, 13),
                tuple("So let's start with the cloud.", "turn 3", 8.0, 10.0, 17, 18));
    }

    @Test
    void vttSentencesCarryVoiceNames() {
        List<Sentence> vtt = splitter.split(SourceFiles.read("voices.vtt"));

        assertThat(vtt).extracting(Sentence::text, SpeakerLabels::of).containsExactly(
                tuple("We are in New York City & it's a beautiful day.", "Roger Bingham"),
                tuple("Thank you <Roger>.", "Neil deGrasse Tyson"),
                tuple("Glad to be here.", "Neil deGrasse Tyson"),
                tuple("The universe is under no obligation to make sense to you.", "Neil deGrasse Tyson"),
                tuple("Indeed.", "Roger Bingham"));
    }

    @Test
    void youTubeSentencesHaveEveryWordOnce() {
        List<Sentence> youTube = splitter.split(SourceFiles.read("youtube-auto.vtt"));

        assertThat(SourceFiles.words(youTube.stream().map(Sentence::text).collect(Collectors.toList())))
                .containsExactly("so", "today", "we're", "going", "to", "talk", "about", "cloud", "computing.",
                        "it's", "a", "big", "deal", "okay", "so", "so", "let's", "begin.");
        assertThat(youTube.get(0).start()).isEqualTo(0.0);
        assertThat(youTube.get(youTube.size() - 1).end()).isEqualTo(11.0);
    }

    @Test
    void speakerTranscriptSentencesKeepNames() {
        for (String name : List.of("speakers-names.txt", "speakers-timed.txt", "speakers-headers.txt")) {
            List<Sentence> labelled = splitter.split(SourceFiles.read(name));
            assertThat(labelled).as(name).extracting(Sentence::text).containsExactly(
                    "Satya, welcome back.", "It's great to have you here.", "Thank you, Brad.",
                    "It's great to be with you.", "Let's start with the cloud.", "Sure.",
                    "The cloud is a big deal for us.");
            assertThat(labelled.get(2).speaker().name()).as(name).isIn("Satya Nadella", "SPEAKER_01");
        }
    }

    @Test
    void plainParagraphBreaksEndSentences() {
        Path file = SourceFiles.path("article.txt");
        String text = SourceFiles.text(file);
        List<Sentence> article = splitter.split(SourceReader.read(file, text, null));

        assertThat(article).extracting(Sentence::text).containsExactly(
                "The Irrelevance of Microsoft",
                "By A. Writer, published Jan. 5, 2013",
                "Microsoft has missed the shift to mobile.",
                "Its share of computing devices fell from over 90% to about 20% in a few years.",
                "Mr. Ballmer disagrees.",
                "Note: figures are estimates.",
                "What comes next?",
                "Nobody knows.");
        Sentence wrapped = article.get(3);
        assertThat(wrapped.firstLine()).isEqualTo(5);
        assertThat(wrapped.lastLine()).isEqualTo(6);
        assertThat(text.substring(wrapped.startOffset(), wrapped.endOffset()))
                .isEqualTo("Its share of computing devices\nfell from over 90% to about 20% in a few years.");
        assertThat(article).allSatisfy(s -> {
            assertThat(s.timed()).isFalse();
            assertThat(s.speaker()).isNull();
        });
    }

    @Test
    void bareTextSplitting() {
        assertThat(splitter.split("Hello there. How are you? Fine.")).containsExactly(
                "Hello there.", "How are you?", "Fine.");
    }

    @Test
    void oneSplitterPerThreadGivesTheSameResult() throws Exception {
        readNadella();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Sentence>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> new EnglishSentenceSplitter().split(nadella)));
            }
            for (Future<List<Sentence>> result : results) {
                assertThat(result.get()).isEqualTo(sentences);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
