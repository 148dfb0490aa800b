package yuanwen.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import yuanwen.align.QuoteFinder;
import yuanwen.align.QuoteMatch;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.read.BadInputException;
import yuanwen.read.TextDecoder;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Language;
import yuanwen.segment.SegmentedDocument;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignFiles;
import yuanwen.store.AlignedDocument;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentRecord;
import yuanwen.store.Json;

/** {@code align} (a whole article against its English source) and {@code quote} (one quote). */
@Component
public class AlignCommands {

    private static final String GROUP = "Align";
    private static final String GLOSSARY_HELP =
            "glossary whose names and terms count as evidence (default glossary/glossary.json if present; none to switch off)";

    private final DocumentSegmenter segmenter = new DocumentSegmenter();

    @Command(name = "align", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Pair each Chinese sentence with the English it translates; store it as aligned/NAME.json",
            help = """
                    align --zh FILE --en FILE [--name NAME] [--pre-split] [--glossary FILE|none]
                      --zh         the Chinese article (Markdown or text; simplified or traditional)
                      --en         its English source: transcript, subtitles (SRT, WebVTT), Whisper
                                   output or plain text
                      --name       the alignment's name (default: the Chinese file's name); the
                                   result goes to aligned/NAME.json, the previous one to NAME.json.bak
                      --pre-split  each line of both files is one sentence (sentence id = line - 1)
                      --glossary   glossary used as evidence (default glossary/glossary.json)
                    Pairs you accepted or edited in an earlier run of the same name are kept and fix
                    the rest. Review the weakest pairs first: pairs list NAME --sort score""")
    public void align(
            @Option(longName = "zh", required = true, description = "the Chinese article") String zh,
            @Option(longName = "en", required = true, description = "the English source") String en,
            @Option(longName = "name", shortName = 'n', description = "alignment name (default: the Chinese file's name)") String name,
            @Option(longName = "pre-split", description = "one sentence per line in both files") boolean preSplit,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossary,
            CommandContext context) {
        Path zhFile = Path.of(zh);
        String alignmentName = AlignedStore.checkName(name != null ? name : defaultName(zhFile));
        AlignFiles run = new AlignFiles(AlignedStore.inWorkingDirectory());
        AlignFiles.Outcome outcome = run.run(new AlignFiles.Request(zhFile, Path.of(en), alignmentName, preSplit,
                GlossaryOption.resolve(glossary)), new Progress());
        PrintWriter console = context.outputWriter();
        AlignedDocument document = outcome.document();
        console.printf(Locale.ROOT, "%s: %d pairs (%s); %d of %d Chinese sentences have no English, "
                        + "%d of %d English sentences no Chinese%n", outcome.file(), document.pairs().size(),
                beadCounts(document), document.unalignedZh().size(), document.zh().sentences(),
                document.unalignedEn().size(), document.en().sentences());
        if (outcome.fixed() > 0) {
            console.printf("%d reviewed pairs kept fixed%n", outcome.fixed());
        }
        outcome.notes().forEach(note -> console.println("note: " + note));
        console.printf("weakest first: pairs list %s --sort score%n", document.name());
        console.flush();
    }

    @Command(name = "quote", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Find the English original of one Chinese quote anywhere in a source",
            help = """
                    quote --en FILE [--limit N] [--json] [--glossary FILE|none] TEXT…
                    Ranks the spans of one to three English sentences that the quote may translate,
                    best first, with score, evidence, lines and (for timed sources) times. Says so when
                    nothing plausible exists. --json prints {"candidates": [...]}, each with text,
                    score, firstLine, lastLine, start and end (seconds; timed sources only), speaker,
                    ids (0-based sentence ids) and evidence; an empty list when nothing is plausible.""")
    public void quote(
            @Option(longName = "en", required = true, description = "the English source") String en,
            @Option(longName = "limit", description = "the most candidates to show (default 5)") Integer limitOption,
            @Option(longName = "json", description = "print JSON") boolean json,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossary,
            @Arguments List<String> words,
            CommandContext context) {
        if (words == null || words.isEmpty() || String.join("", words).isBlank()) {
            throw new IllegalArgumentException("no quote given: quote --en FILE 中文引语");
        }
        int limit = limitOption == null ? 5 : limitOption;
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        String quote = String.join(" ", words).strip();
        if (Language.of(quote) != Language.ZH) {
            throw new IllegalArgumentException("the quote has no Chinese characters; give the Chinese text to look up");
        }
        Path file = Path.of(en);
        QuoteSource source = quoteSource(file, GlossaryOption.resolve(glossary));
        List<QuoteMatch> matches = source.finder().find(quote, limit).found();
        PrintWriter console = context.outputWriter();
        if (json) {
            List<Map<String, Object>> candidates = new ArrayList<>();
            matches.forEach(match -> candidates.add(asJson(match)));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("candidates", candidates);
            console.println(Json.write(out));
        } else if (matches.isEmpty()) {
            console.printf("no plausible English original in %s%n", file);
        } else {
            int rank = 1;
            for (QuoteMatch match : matches) {
                console.println(describe(rank++, match));
            }
        }
        console.flush();
    }

    /**
     * The source and glossary of the last quote, kept while neither file changes: in the shell, a
     * run of quotes against one transcript reads and profiles it once.
     */
    private record QuoteSource(Path file, FileTime modified, long size, Path glossary, FileTime glossaryModified,
                               SegmentedDocument document, QuoteFinder finder) {
    }

    private QuoteSource lastQuoteSource;

    private synchronized QuoteSource quoteSource(Path file, Path glossaryFile) {
        TextDecoder.requireReadableFile(file);
        FileTime modified = modified(file);
        long size = size(file);
        FileTime glossaryModified = glossaryFile == null ? null : modified(glossaryFile);
        QuoteSource last = lastQuoteSource;
        if (last != null && last.file().equals(file) && last.modified().equals(modified) && last.size() == size
                && java.util.Objects.equals(last.glossary(), glossaryFile)
                && java.util.Objects.equals(last.glossaryModified(), glossaryModified)) {
            return last;
        }
        SegmentedDocument document = segmenter.segment(file, null, null);
        if (document.language() != Language.EN) {
            throw new BadInputException(file, "is Chinese, not English: give the English source as --en");
        }
        TermFinder terms = glossaryFile == null ? TermFinder.NONE : new GlossaryMatcher(GlossaryFile.load(glossaryFile));
        lastQuoteSource = new QuoteSource(file, modified, size, glossaryFile, glossaryModified, document,
                new QuoteFinder(yuanwen.align.QuoteIndex.of(document.sentences(), terms)));
        return lastQuoteSource;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read: " + e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read: " + e.getMessage());
        }
    }

    private static Map<String, Object> asJson(QuoteMatch match) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", AlignmentRecord.joined(match.en(), " "));
        json.put("score", match.score());
        json.put("firstLine", match.firstLine());
        json.put("lastLine", match.lastLine());
        if (match.start() != null) {
            json.put("start", match.start());
            json.put("end", match.end());
        }
        json.put("speaker", match.en().get(0).speaker());
        json.put("ids", match.en().stream().map(Sentence::index).toList());
        json.put("evidence", AlignmentRecord.evidence(match.evidence()));
        return json;
    }

    private static String describe(int rank, QuoteMatch match) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d. %.2f  L%d", rank, match.score(),
                match.firstLine()));
        if (match.lastLine() != match.firstLine()) {
            line.append('-').append(match.lastLine());
        }
        if (match.start() != null) {
            line.append("  [").append(SegmentCommands.clock(match.start())).append(" - ")
                    .append(SegmentCommands.clock(match.end())).append(']');
        }
        String speaker = match.en().get(0).speaker();
        if (speaker != null) {
            line.append("  ").append(speaker).append(':');
        }
        line.append("  ").append(AlignmentRecord.joined(match.en(), " "));
        StringBuilder why = new StringBuilder();
        match.evidence().stream().filter(e -> e.zh() != null && e.en() != null && e.weight() > 0).limit(8)
                .forEach(e -> why.append(why.isEmpty() ? "" : ", ").append(e.zh()).append(" ↔ ").append(e.en()));
        if (!why.isEmpty()) {
            line.append("\n     because ").append(why);
        }
        return line.toString();
    }

    /** {@code 1-1: 280, 1-2: 20, 2-1: 9}, most common first. */
    private static String beadCounts(AlignedDocument document) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Pair pair : document.pairs()) {
            counts.merge(pair.bead(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(": ").append(e.getValue()));
        return out.toString();
    }

    /** aligned/NAME.json takes the Chinese file's name without its extension, made safe. */
    static String defaultName(Path zhFile) {
        String base = zhFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String safe = base.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceFirst("^[._-]+", "");
        return safe.isEmpty() ? "alignment" : safe.substring(0, Math.min(100, safe.length()));
    }

    /**
     * Stages of a long run on standard error, so that the result on standard output stays clean;
     * quiet for runs shorter than a second.
     */
    private static final class Progress implements Consumer<String> {

        private static final long QUIET_NANOS = 1_000_000_000L;
        private final long start = System.nanoTime();

        @Override
        public void accept(String stage) {
            long elapsed = System.nanoTime() - start;
            if (elapsed >= QUIET_NANOS) {
                System.err.printf(Locale.ROOT, "align: %5.1f s  %s%n", elapsed / 1e9, stage);
                System.err.flush();
            }
        }
    }
}
