package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yuanwen.SharedData;
import yuanwen.text.BadInputException;

class SourceFormatTest {

    @ParameterizedTest
    @CsvSource({
            "crlf-bom-missing-index.srt, SRT",
            "broken-timestamp.srt, SRT",
            "voices.vtt, VTT",
            "youtube-auto.vtt, VTT",
            "no-header.vtt, VTT",
            "speakers-names.txt, SPEAKER_TRANSCRIPT",
            "speakers-timed.txt, SPEAKER_TRANSCRIPT",
            "speakers-headers.txt, SPEAKER_TRANSCRIPT",
            "article.txt, PLAIN",
            "rev-export.txt, REV",
            "rev-published.txt, REV",
            "otter-export.txt, OTTER",
            "descript-export.txt, DESCRIPT",
            "youtube-panel.txt, YOUTUBE_TRANSCRIPT",
            "youtube-panel-one-line.txt, YOUTUBE_TRANSCRIPT",
    })
    void detectsEachSample(String name, SourceFormat expected) {
        assertThat(SourceFormat.detect(SourceFiles.path(name), SourceFiles.text(name))).isEqualTo(expected);
    }

    @Test
    void detectsTheWhisperTranscript() {
        String text = SourceFiles.text(SharedData.nadellaTranscript());
        assertThat(SourceFormat.detect(text)).isEqualTo(SourceFormat.WHISPER);
    }

    @Test
    void contentAloneTellsHeaderlessVttBySettingsOrShortTimes() {
        assertThat(SourceFormat.detect(SourceFiles.text("no-header.vtt"))).isEqualTo(SourceFormat.VTT);
        assertThat(SourceFormat.detect("00:00:01.000 --> 00:00:02.000\nHi.\n")).isEqualTo(SourceFormat.SRT);
    }

    @Test
    void emptyTextIsPlain() {
        assertThat(SourceFormat.detect("")).isEqualTo(SourceFormat.PLAIN);
        assertThat(SourceFormat.detect("\uFEFF\r\n\r\n")).isEqualTo(SourceFormat.PLAIN);
    }

    @Test
    void overrideIsRespected() {
        String text = SourceFiles.text(SharedData.nadellaTranscript());
        Source asPlain = SourceReader.read(SharedData.nadellaTranscript(), text, SourceFormat.PLAIN);

        assertThat(asPlain.format()).isEqualTo(SourceFormat.PLAIN);
        assertThat(asPlain.cues()).hasSize(1).allSatisfy(cue -> assertThat(cue.timed()).isFalse());
        assertThat(asPlain.cues().get(0).text()).startsWith("[00:00:00.000 --> 00:00:02.180] I think");

        Source names = SourceReader.read(SourceFiles.path("speakers-names.txt"),
                SourceFiles.text("speakers-names.txt"), SourceFormat.fromName("plain"));
        assertThat(names.format()).isEqualTo(SourceFormat.PLAIN);
        assertThat(names.cues()).allSatisfy(cue -> assertThat(cue.speaker()).isNull());
    }

    @Test
    void formatNamesAndAliases() {
        assertThat(SourceFormat.fromName("WebVTT")).isEqualTo(SourceFormat.VTT);
        assertThat(SourceFormat.fromName("srt")).isEqualTo(SourceFormat.SRT);
        assertThat(SourceFormat.fromName("speaker-transcript")).isEqualTo(SourceFormat.SPEAKER_TRANSCRIPT);
        assertThat(SourceFormat.fromName("whisper")).isEqualTo(SourceFormat.WHISPER);
        assertThat(SourceFormat.fromName("rev.com")).isEqualTo(SourceFormat.REV);
        assertThat(SourceFormat.fromName("Otter")).isEqualTo(SourceFormat.OTTER);
        assertThat(SourceFormat.fromName("descript")).isEqualTo(SourceFormat.DESCRIPT);
        assertThat(SourceFormat.fromName("youtube-transcript")).isEqualTo(SourceFormat.YOUTUBE_TRANSCRIPT);
        assertThat(SourceFormat.fromName("youtube")).isEqualTo(SourceFormat.VTT);
        assertThatThrownBy(() -> SourceFormat.fromName("docx"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown format 'docx'")
                .hasMessageContaining("plain, speaker_transcript, srt, vtt, whisper, rev, otter, descript, youtube_transcript");
    }

    @Test
    void everyLabelNamesItsFormatBack() {
        for (SourceFormat format : SourceFormat.values()) {
            assertThat(SourceFormat.fromName(format.label())).isEqualTo(format);
        }
        assertThat(SourceFormat.YOUTUBE_TRANSCRIPT.label()).isEqualTo("youtube-transcript");
        assertThat(SourceFormat.REV.label()).isEqualTo("rev");
    }

    @Test
    void theTranscriptReadersApplyOnlyWhereTheirLabelsAreCommon() {
        // Prose that happens to hold one rev-like label, a clock time and a ratio stays prose.
        String prose = """
                The meeting (10:30): everyone arrived late, as usual.
                Mara Quill (00:09): said the boat was rough.

                At 9:15 the ferry left. The score was 2:1 by noon.
                We stayed until the lamps were lit.

                Nobody minded the wait.
                """;
        assertThat(SourceFormat.detect(prose)).isEqualTo(SourceFormat.PLAIN);
        // Two podcast-style labels with a leading [time] stay the podcast reader's.
        assertThat(SourceFormat.detect("[00:01] Ann: Hi.\n[00:03] Bo: Hello.\n")).isEqualTo(SourceFormat.SPEAKER_TRANSCRIPT);
        // A rev label on every other line is rev.
        assertThat(SourceFormat.detect("Ann (00:01):\nHi.\n\nBo (00:03):\nHello.\n")).isEqualTo(SourceFormat.REV);
    }
}
