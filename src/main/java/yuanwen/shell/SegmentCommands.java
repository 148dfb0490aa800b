package yuanwen.shell;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import yuanwen.read.CaptionCue;
import yuanwen.read.SourceFormat;
import yuanwen.read.SourceReader;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Language;
import yuanwen.segment.NumberFinder;
import yuanwen.segment.NumberMention;
import yuanwen.segment.SegmentedDocument;
import yuanwen.segment.Sentence;
import yuanwen.text.Json;
import yuanwen.text.TextDecoder;

/** {@code segment}: the sentences the aligner will see, so users can check their input. */
@Component
public class SegmentCommands {

    // Made at the first segment: its English sentence model is read from the OpenNLP jar, work that no
    // other command needs at start (the command registry makes every command bean).
    private final Supplier<DocumentSegmenter> segmenter = SingletonSupplier.of(DocumentSegmenter::new);
    private final NumberFinder numbers = new NumberFinder();

    @Command(name = "segment", group = "Sentences", exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Show the sentences of an article or English source, with speaker, lines and times",
            help = """
                    segment --in FILE [--lang zh|en] [--format FORMAT] [--json] [--cues]
                      --lang    the file's language (default: told from the text)
                      --format  how to read an English source (default: detected): plain,
                                transcript, srt, vtt, whisper, rev, otter, descript,
                                youtube-transcript
                      --json    a JSON array, one object per sentence: text, speaker, firstLine,
                                lastLine (1-based lines of the file), startOffset, endOffset and, for
                                timed sources, start and end in seconds
                      --cues    (SRT and WebVTT) the captions as read, before sentences are made:
                                id, start, end (seconds), text (raw, lines joined with LF) and line;
                                with --json a JSON array of them""")
    public void segment(
            @Option(longName = "in", shortName = 'i', required = true, description = "article, transcript or subtitles") String in,
            @Option(longName = "lang", shortName = 'l', description = "zh or en") String lang,
            @Option(longName = "format", description = "plain, transcript, srt, vtt, whisper, rev, otter, descript or youtube-transcript") String format,
            @Option(longName = "json", description = "print JSON") boolean json,
            @Option(longName = "cues", description = "print the captions as read (SRT, WebVTT)") boolean cues,
            CommandContext context) {
        if (cues) {
            printCues(Path.of(in), format == null ? null : SourceFormat.fromName(format), json, context.outputWriter());
            return;
        }
        SegmentedDocument document = segmenter.get().segment(Path.of(in), lang == null ? null : Language.parse(lang),
                format == null ? null : SourceFormat.fromName(format));
        PrintWriter console = context.outputWriter();
        if (json) {
            List<Map<String, Object>> array = new ArrayList<>();
            document.sentences().forEach(s -> array.add(asJson(s, numbersIn(s, document.language()))));
            console.println(Json.write(array));
        } else {
            console.printf("%s: %s, %s%s, %d sentences%n", document.file(), document.language() == Language.ZH
                    ? "Chinese article" : "English source", document.encoding(),
                    document.format() == null ? "" : ", " + document.format().label(),
                    document.sentences().size());
            document.sentences().forEach(s -> console.println(describe(s, numbersIn(s, document.language()))));
        }
        console.flush();
    }

    private static void printCues(Path file, SourceFormat format, boolean json, PrintWriter console) {
        List<CaptionCue> cues = SourceReader.captionCues(file, TextDecoder.read(file).text(), format);
        if (json) {
            List<Map<String, Object>> array = new ArrayList<>();
            for (CaptionCue cue : cues) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", cue.id());
                item.put("start", cue.start());
                item.put("end", cue.end());
                item.put("text", cue.text());
                item.put("line", cue.lineNumber());
                array.add(item);
            }
            console.println(Json.write(array));
        } else {
            for (CaptionCue cue : cues) {
                console.printf("L%d  [%s - %s]  %s%n", cue.lineNumber(), clock(cue.start()), clock(cue.end()),
                        cue.text().replace("\n", " / "));
            }
            console.printf("%s: %d cues%n", file, cues.size());
        }
        console.flush();
    }

    private List<NumberMention> numbersIn(Sentence s, Language language) {
        return language == Language.ZH ? numbers.findChinese(s.text()) : numbers.findEnglish(s.text());
    }

    static Map<String, Object> asJson(Sentence s, List<NumberMention> found) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", s.index());
        json.put("text", s.text());
        json.put("speaker", s.speaker());
        json.put("firstLine", s.firstLine());
        json.put("lastLine", s.lastLine());
        json.put("startOffset", s.startOffset());
        json.put("endOffset", s.endOffset());
        if (s.timed()) {
            json.put("start", s.start());
            json.put("end", s.end());
        }
        List<Map<String, Object>> numberList = new ArrayList<>();
        for (NumberMention n : found) {
            Map<String, Object> number = new LinkedHashMap<>();
            number.put("text", n.surface());
            number.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
            number.put("value", n.value());
            number.put("unit", n.unit());
            numberList.add(number);
        }
        json.put("numbers", numberList);
        return json;
    }

    private static String describe(Sentence s, List<NumberMention> found) {
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "%4d  L%d", s.index(), s.firstLine()));
        if (s.lastLine() != s.firstLine()) {
            line.append('-').append(s.lastLine());
        }
        if (s.timed()) {
            line.append("  [").append(clock(s.start())).append(" - ").append(clock(s.end())).append(']');
        }
        if (s.speaker() != null) {
            line.append("  ").append(s.speaker().shown()).append(':');
        }
        line.append("  ").append(s.text());
        if (!found.isEmpty()) {
            line.append("  {");
            for (int i = 0; i < found.size(); i++) {
                NumberMention n = found.get(i);
                line.append(i == 0 ? "" : "; ").append(n.surface()).append(" = ")
                        .append(n.kind().name().toLowerCase(Locale.ROOT)).append(' ')
                        .append(BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString());
                if (n.unit() != null) {
                    line.append(' ').append(n.unit());
                }
            }
            line.append('}');
        }
        return line.toString();
    }

    static String clock(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }
}
