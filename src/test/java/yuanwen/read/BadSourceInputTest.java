package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import yuanwen.segment.EnglishSentenceSplitter;
import yuanwen.segment.Sentence;
import yuanwen.text.BadInputException;

class BadSourceInputTest {

    private final EnglishSentenceSplitter splitter = new EnglishSentenceSplitter();

    @Test
    void emptyFilesGiveNoSentencesInAnyFormat() {
        for (String empty : List.of("", "\uFEFF", "\n\n", "\r\n  \r\n")) {
            for (String name : List.of("empty.txt", "empty.srt", "empty.vtt")) {
                Source source = SourceReader.read(Path.of(name), empty, null);
                assertThat(splitter.split(source)).isEmpty();
            }
            for (SourceFormat format : SourceFormat.values()) {
                assertThat(splitter.split(SourceReader.read(Path.of("x"), empty, format))).isEmpty();
            }
        }
    }

    @Test
    void brokenSrtTimestampNamesFileAndLine() {
        Path file = SourceFiles.path("broken-timestamp.srt");
        assertThatThrownBy(() -> SourceReader.read(file, SourceFiles.text(file), null))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ":6: expected a timestamp like 00:01:02,000 --> 00:01:04,500 after cue number 2");
    }

    @Test
    void brokenSrtTimestampWithoutCueNumber() {
        String text = "00:00:01,000 --> 00:00:02,000\nOne.\n\n00:00:02,000 -> 00:00:03,000\nTwo.\n";
        assertThatThrownBy(() -> SourceReader.read(Path.of("a.srt"), text, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("a.srt:4: expected a timestamp like 00:01:02,000 --> 00:01:04,500");
    }

    @Test
    void vttWithoutHeaderIsRejectedOnLineOne() {
        Path file = SourceFiles.path("no-header.vtt");
        assertThatThrownBy(() -> SourceReader.read(file, SourceFiles.text(file), null))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ":1: expected WEBVTT header");
    }

    @Test
    void brokenVttTimingNamesTheLine() {
        String text = "WEBVTT\n\n00:01.000 --> 00:0x.000\nHi.\n";
        assertThatThrownBy(() -> SourceReader.read(Path.of("b.vtt"), text, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("b.vtt:3: expected a cue timing like 00:01.000 --> 00:04.000");
    }

    @Test
    void whisperTextWithoutAnyTimeIsRejected() {
        assertThatThrownBy(() -> SourceReader.read(Path.of("w.txt"), "hello\n[00:01.000 --> 00:02.000] Hi.",
                SourceFormat.WHISPER))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("w.txt:1: expected a line like [00:00:00.000 --> 00:00:02.000]");
    }

    @Test
    void brokenRevTimeNamesFileAndLine() {
        String text = "Ann (00:01): We start.\n\nBo (00:2x): Already?\n";
        assertThatThrownBy(() -> SourceReader.read(Path.of("rev.txt"), text, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("rev.txt:3: expected a time like (01:02) or (01:02:03), found 00:2x");
        String published = "Ann: (00:01)\nWe start.\n\nBo: (0x:28)\nAlready?\n";
        assertThatThrownBy(() -> SourceReader.read(Path.of("rev.txt"), published, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("rev.txt:4: expected a time like (01:02) or (01:02:03), found 0x:28");
    }

    @Test
    void brokenOtterTimeNamesFileAndLine() {
        String text = "Ann  0:01\nWe start.\n\nBo  0:75\nAlready?\n";
        assertThatThrownBy(() -> SourceReader.read(Path.of("otter.txt"), text, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("otter.txt:4: expected a time like 0:34 or 1:02:03, found 0:75");
    }

    @Test
    void brokenDescriptTimecodeInsideAParagraphNamesFileAndLine() {
        String text = "Ann: [00:00:01] We start.\nBo: [00:00:04] Already? [00:00:0] Yes.\n";
        assertThatThrownBy(() -> SourceReader.read(Path.of("descript.txt"), text, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("descript.txt:2: expected a time like [00:01:02], found 00:00:0");
    }

    @Test
    void brokenYoutubePanelTimeNamesFileAndLine() {
        String text = "0:00\nWe start.\n0:04\nAlready?\n0:1O\nYes.\n";
        assertThatThrownBy(() -> SourceReader.read(Path.of("panel.txt"), text, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("panel.txt:5: expected a time like 0:05 or 1:02:03, found 0:1O");
    }

    @Test
    void mixedLineEndingsReadLikeNewlines() {
        for (String name : List.of("voices.vtt", "youtube-auto.vtt", "speakers-names.txt",
                "speakers-headers.txt", "article.txt", "crlf-bom-missing-index.srt", "rev-export.txt",
                "rev-published.txt", "otter-export.txt", "descript-export.txt", "youtube-panel.txt")) {
            String unix = SourceFiles.text(name).replace("\r\n", "\n");
            StringBuilder mixed = new StringBuilder();
            String[] lines = unix.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                mixed.append(lines[i]);
                if (i + 1 < lines.length) {
                    mixed.append(switch (i % 3) {
                        // never "\r" right before "\n": across an empty line that would make one CRLF
                        case 0 -> "\n";
                        case 1 -> "\r";
                        default -> "\r\n";
                    });
                }
            }
            List<Sentence> expected = splitter.split(SourceReader.read(Path.of(name), unix, null));
            List<Sentence> actual = splitter.split(SourceReader.read(Path.of(name), mixed.toString(), null));
            assertThat(actual).as(name).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                    "span.startOffset", "span.endOffset").isEqualTo(expected);
            assertThat(expected).as(name).isNotEmpty();
        }
    }
}
