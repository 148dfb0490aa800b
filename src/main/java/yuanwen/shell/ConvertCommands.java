package yuanwen.shell;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import yuanwen.script.Conversions;
import yuanwen.script.FileConversion;
import yuanwen.script.ScriptConverter;
import yuanwen.script.ScriptDetector;
import yuanwen.script.ScriptReport;
import yuanwen.script.TargetScript;
import yuanwen.text.BadInputException;
import yuanwen.text.DecodedText;
import yuanwen.text.EditLock;
import yuanwen.text.TextDecoder;

/** {@code convert} and {@code detect}: simplified ⇄ traditional, Taiwan and Hong Kong phrasing. */
@Component
public class ConvertCommands {

    private static final String GROUP = "Script";
    private static final Path STDIN = Path.of("-");
    /** How much of a text is enough to tell which conversion --to needs. */
    private static final int SAMPLE_BYTES = 256 * 1024;

    private final Conversions conversions;
    // Made when a command first detects a script (detect, convert --to): it reads eight OpenCC tables
    // that convert --config does not need.
    private final ObjectProvider<ScriptDetector> detector;

    public ConvertCommands(Conversions conversions, ObjectProvider<ScriptDetector> detector) {
        this.conversions = conversions;
        this.detector = detector;
    }

    @Command(name = "convert", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Convert Chinese text, a file or a folder between simplified and traditional script",
            help = """
                    convert [--config NAME | --to TARGET] (TEXT… | --in FILE|FOLDER|- [--out PATH] [--force])
                      --config  an OpenCC conversion: s2t t2s s2tw tw2s s2twp tw2sp s2hk hk2s s2hkp hk2sp
                                t2tw tw2t t2hk hk2t t2jp jp2t
                      --to      simplified | traditional | taiwan | hongkong (picks the conversion from
                                what the text is now; default: simplified)
                      --in      a file, a folder (every text file, mirrored into --out) or - for stdin
                      --out     where to write (UTF-8); without it the result goes to standard output
                      --force   overwrite an existing output
                      --glossary  glossary whose names are written as it says in each script
                                (default: the shipped glossary, with the workspace's over it; none to switch off)
                    Line N of the output is the conversion of line N of the input; URLs, Markdown
                    link targets and non-Chinese text pass through untouched.
                    Example: convert --config tw2sp --in article.md --out article.zh-Hans.md""")
    public void convert(
            @Option(longName = "config", shortName = 'c', description = "OpenCC conversion name") String config,
            @Option(longName = "to", shortName = 't', description = "simplified|traditional|taiwan|hongkong") String to,
            @Option(longName = "in", shortName = 'i', description = "input file, folder, or - for stdin") String in,
            @Option(longName = "out", shortName = 'o', description = "output file or folder") String out,
            @Option(longName = "force", shortName = 'f', description = "overwrite existing output") boolean force,
            @Option(longName = "glossary", description = "glossary whose names are written as it says (default: the shipped glossary and the workspace's; 'none' for plain OpenCC)") String glossary,
            @Arguments List<String> words,
            CommandContext context) throws IOException {
        String text = words == null || words.isEmpty() ? null : String.join(" ", words);
        if (config != null && to != null) {
            throw new IllegalArgumentException("give --config or --to, not both");
        }
        if ((text == null) == (in == null)) {
            throw new IllegalArgumentException(text == null
                    ? "nothing to convert: give the text, or --in FILE (use --in - for standard input)"
                    : "give the text or --in, not both");
        }
        PrintWriter console = context.outputWriter();
        if (text != null) {
            console.println(converterFor(config, to, glossary, () -> text).convert(text));
            console.flush();
            return;
        }
        Path input = Path.of(in);
        // Standard input, a pipe (<(…)), /dev/stdin or a FIFO can be read once only: sample its
        // head from a buffer and stream the rest, never opening it again.
        if (input.equals(STDIN) || (Files.exists(input) && !Files.isDirectory(input) && !Files.isRegularFile(input))) {
            if (!input.equals(STDIN)) {
                TextDecoder.requireReadableFile(input);
            }
            // FileInputStream, not Files.newInputStream: the latter asks a FIFO for its position
            // (available()) and fails with "Illegal seek".
            try (InputStream raw = input.equals(STDIN) ? System.in : new java.io.FileInputStream(input.toFile())) {
                BufferedInputStream stream = new BufferedInputStream(raw, SAMPLE_BYTES * 2);
                stream.mark(SAMPLE_BYTES + 1);
                byte[] head = stream.readNBytes(SAMPLE_BYTES);
                stream.reset();
                ScriptConverter converter = converterFor(config, to, glossary, () -> TextDecoder.sample(input, head));
                writeOrPrint(converter, input, stream, out, force, context);
            } catch (IOException e) {
                throw yuanwen.text.AtomicFiles.cannotRead(input, e);
            }
            return;
        }
        if (Files.isDirectory(input)) {
            if (out == null) {
                throw new BadInputException(input, "is a folder; give --out FOLDER for the converted copy");
            }
            ScriptConverter converter = converterFor(config, to, glossary, () -> sampleOfFolder(input));
            FileConversion.FolderOutcome outcome;
            try (EditLock lock = EditLock.acquire(Path.of(out))) {
                outcome = new FileConversion(converter).folder(input, Path.of(out), force);
            }
            for (FileConversion.Outcome file : outcome.converted()) {
                console.printf("%s -> %s (%s, %d lines)%n", file.input(), file.output(), file.encoding(), file.lines());
            }
            for (Path skipped : outcome.skipped()) {
                console.printf("skipped %s: not a text file%n", skipped);
            }
            console.printf("converted %d files with %s into %s%n", outcome.converted().size(), converter.name(), out);
            console.flush();
            return;
        }
        TextDecoder.requireReadableFile(input);
        ScriptConverter converter = converterFor(config, to, glossary, () -> TextDecoder.sample(input, SAMPLE_BYTES));
        if (out == null) {
            try (InputStream stream = Files.newInputStream(input)) {
                writeOrPrint(converter, input, stream, null, force, context);
            }
            return;
        }
        PrintWriter summary = SummaryLine.beside(Path.of(out), context);
        FileConversion.Outcome outcome = new FileConversion(converter).file(input, Path.of(out), force);
        summary.printf("%s -> %s (%s, %s, %d lines)%n", input, outcome.output(), converter.name(),
                outcome.encoding(), outcome.lines());
        summary.flush();
    }

    @Command(name = "detect", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Say whether text or a file is simplified, traditional, mixed or not Chinese",
            help = """
                    detect (TEXT… | --in FILE|-) [--json]
                    Prints the verdict, the counts behind it (Chinese characters, characters only
                    simplified script has, characters only traditional script has), Taiwan and Hong
                    Kong phrasing found, and for files the encoding they were read in.""")
    public void detect(
            @Option(longName = "in", shortName = 'i', description = "file to examine, or - for stdin") String in,
            @Option(longName = "json", description = "print JSON") boolean json,
            @Arguments List<String> words,
            CommandContext context) throws IOException {
        String text = words == null || words.isEmpty() ? null : String.join(" ", words);
        if ((text == null) == (in == null)) {
            throw new IllegalArgumentException(text == null ? "nothing to examine: give the text or --in FILE"
                    : "give the text or --in, not both");
        }
        String encoding = null;
        if (in != null) {
            Path input = Path.of(in);
            DecodedText decoded = input.equals(STDIN) ? TextDecoder.decode(STDIN, System.in.readAllBytes())
                    : TextDecoder.read(input);
            text = decoded.text();
            encoding = decoded.encoding().label();
        }
        ScriptReport report = detector.getObject().detect(text);
        PrintWriter console = context.outputWriter();
        console.println(json ? DetectionJson.of(report, encoding) : describe(report, encoding));
        console.flush();
    }

    private ScriptConverter converterFor(String config, String to, String glossaryOption, TextSample sample) {
        ScriptConverter plain;
        if (config != null) {
            plain = conversions.get(config);
        } else {
            TargetScript target = TargetScript.parse(to == null ? "simplified" : to);
            plain = conversions.get(target.configFor(detector.getObject().detect(sample.get())));
        }
        // The glossary's names and terms are written in each script as the glossary says.
        GlossaryInUse glossary = GlossaryInUse.resolve(glossaryOption);
        return glossary == null ? plain : plain.withFixedTerms(glossary.load().scriptForms(plain.name()));
    }

    private static void writeOrPrint(ScriptConverter converter, Path source, InputStream in, String out,
                                     boolean force, CommandContext context) throws IOException {
        FileConversion conversion = new FileConversion(converter);
        if (out != null) {
            PrintWriter summary = SummaryLine.beside(Path.of(out), context);
            FileConversion.Outcome outcome = conversion.file(source, in, Path.of(out), force);
            summary.printf("%s -> %s (%s, %s, %d lines)%n", source, outcome.output(), converter.name(),
                    outcome.encoding(), outcome.lines());
            summary.flush();
            return;
        }
        context.outputWriter().flush();
        OutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        conversion.toStream(source, in, stdout);
    }

    private static String sampleOfFolder(Path folder) {
        try (var files = Files.walk(folder)) {
            StringBuilder sample = new StringBuilder();
            files.filter(Files::isRegularFile).sorted().limit(20).forEach(file -> {
                try {
                    sample.append(TextDecoder.sample(file, SAMPLE_BYTES / 20));
                } catch (BadInputException notText) {
                    // images and other non-text files say nothing about the script
                }
            });
            return sample.toString();
        } catch (IOException e) {
            throw new BadInputException(folder, "cannot be read: " + e.getMessage());
        }
    }

    static String describe(ScriptReport report, String encoding) {
        StringBuilder s = new StringBuilder();
        s.append(report.script().label());
        s.append(String.format(Locale.ROOT, " (%d Chinese characters: %d only simplified, %d only traditional)",
                report.hanCharacters(), report.simplifiedOnly(), report.traditionalOnly()));
        if (encoding != null) {
            s.append("\nencoding: ").append(encoding);
        }
        s.append("\nTaiwan phrasing: ").append(forms(report.taiwanForms()));
        s.append("\nHong Kong phrasing: ").append(forms(report.hongKongForms()));
        return s.toString();
    }

    private static String forms(List<ScriptReport.FormCount> forms) {
        if (forms.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        forms.stream().limit(12).forEach(f -> s.append(s.length() == 0 ? "" : ", ").append(f.form())
                .append(" ×").append(f.count()));
        if (forms.size() > 12) {
            s.append(", … (").append(forms.size()).append(" forms)");
        }
        return s.toString();
    }

    /** Text to detect the script from, read only when a conversion has to be chosen from it. */
    @FunctionalInterface
    private interface TextSample {
        String get();
    }
}
