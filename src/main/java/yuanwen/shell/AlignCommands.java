package yuanwen.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import yuanwen.align.AlignParameters;
import yuanwen.align.Alignment;
import yuanwen.align.Bead;
import yuanwen.align.Evidence;
import yuanwen.align.EvidenceKind;
import yuanwen.align.QuoteFinder;
import yuanwen.align.QuoteInArticle;
import yuanwen.align.QuoteIndex;
import yuanwen.align.QuoteMatch;
import yuanwen.align.QuoteResult;
import yuanwen.batch.BatchRun;
import yuanwen.batch.Manifest;
import yuanwen.glossary.Glossary;
import yuanwen.read.Speaker;
import yuanwen.read.VideoReference;
import yuanwen.review.AlignRun;
import yuanwen.segment.DocumentSegmenter;
import yuanwen.segment.Language;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentRecord;
import yuanwen.text.BadInputException;
import yuanwen.text.EditLock;
import yuanwen.text.Json;
import yuanwen.text.TextDecoder;

/** {@code align} (a whole article against its English source) and {@code quote} (one quote). */
@Component
public class AlignCommands {

    private static final String GROUP = "Align";
    private static final String GLOSSARY_HELP =
            "glossary whose names and terms count as evidence (default: the shipped glossary with the workspace's glossary/glossary.json over it; none to switch off)";

    // Made at the first quote: its English sentence model is read from the OpenNLP jar, work that no
    // other command needs at start (the command registry makes every command bean).
    private final Supplier<DocumentSegmenter> segmenter = SingletonSupplier.of(DocumentSegmenter::new);

    @Command(name = "align", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Pair each Chinese sentence with the English it translates; store it as aligned/NAME.json",
            help = """
                    align --zh FILE --en FILE [--name NAME] [--pre-split] [--glossary FILE|none] [--video URL]
                    align --manifest FILE [--jobs N] [--force] [--pre-split] [--glossary FILE|none]
                      --zh         the Chinese article (Markdown or text; simplified or traditional)
                      --en         its English source: transcript, subtitles (SRT, WebVTT), Whisper
                                   output or plain text
                      --name       the alignment's name (default: the Chinese file's name); the
                                   result goes to aligned/NAME.json, the previous one to NAME.json.bak
                      --pre-split  each line of both files is one sentence (sentence id = line - 1)
                      --glossary   glossary used as evidence (default: the shipped glossary with
                                   the workspace's glossary/glossary.json over it)
                      --video      the video the English times refer to (default: the YouTube
                                   video the article names); the review page links each time to it
                      --manifest   many pairs: a TSV or CSV file with a header naming the columns zh,
                                   en, name and optionally video (a URL) and pre-split (yes/no);
                                   paths are relative to the manifest's folder
                      --jobs       pairs aligned at once (default: the number of cores)
                      --force      align pairs whose files, glossary and settings are unchanged too
                                   (they are skipped otherwise, so a stopped batch resumes)
                    Pairs you accepted or edited in an earlier run of the same name are kept and fix
                    the rest. Review the weakest pairs first: pairs list NAME --sort score""")
    public void align(
            @Option(longName = "zh", description = "the Chinese article") String zh,
            @Option(longName = "en", description = "the English source") String en,
            @Option(longName = "name", shortName = 'n', description = "alignment name (default: the Chinese file's name)") String name,
            @Option(longName = "pre-split", description = "one sentence per line in both files") boolean preSplit,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossary,
            @Option(longName = "video", description = "the video the English times refer to (http or https address)")
            String video,
            @Option(longName = "manifest", description = "a TSV or CSV list of pairs to align") String manifest,
            @Option(longName = "jobs", shortName = 'j', description = "pairs aligned at once (default: the cores)") Integer jobs,
            @Option(longName = "force", description = "align unchanged pairs of the manifest too") boolean force,
            CommandContext context) {
        if (manifest != null) {
            if (zh != null || en != null || name != null) {
                throw new IllegalArgumentException("give either --manifest FILE or --zh, --en and --name, not both");
            }
            // The default is the shipped glossary with the user's over it; the batch reads it as
            // it starts, while its workers get the aligner's data ready (BatchRun.run).
            GlossaryInUse inUse = GlossaryInUse.resolve(glossary);
            BatchCommand.run(Manifest.read(Path.of(manifest), preSplit), new BatchRun.Settings(
                    jobs == null ? Runtime.getRuntime().availableProcessors() : jobs, force, null, () -> {
                        Glossary loaded = inUse == null ? null : inUse.load();
                        return loaded == null ? null : AlignRun.LoadedGlossary.of(loaded, inUse.info(loaded));
                    }), context.outputWriter());
            return;
        }
        if (jobs != null || force) {
            throw new IllegalArgumentException("--jobs and --force are for --manifest");
        }
        if (zh == null || en == null) {
            throw new IllegalArgumentException("missing " + (zh == null ? "--zh FILE" : "--en FILE")
                    + ": align --zh ARTICLE --en SOURCE (or align --manifest FILE for many pairs)");
        }
        Path zhFile = Path.of(zh);
        String alignmentName = AlignedStore.checkName(name != null ? name : defaultName(zhFile));
        refuseFarTooManySentences(zhFile);
        refuseFarTooManySentences(Path.of(en));
        AlignedStore store = Workspace.current().storeForWriting("align");
        AlignRun run = new AlignRun(store);
        GlossaryInUse glossaryInUse = GlossaryInUse.resolve(glossary);
        Glossary terms = glossaryInUse == null ? null : glossaryInUse.load();
        AlignRun.Outcome outcome;
        AlignmentFile previous;
        // Held from reading the stored alignment (its reviewed pairs) to writing the new one: a
        // pairs accept in between would otherwise be undone by this run's write.
        try (EditLock lock = EditLock.acquire(store.fileOf(alignmentName))) {
            previous = store.exists(alignmentName) ? store.load(alignmentName) : null;
            outcome = run.run(new AlignRun.Request(zhFile, Path.of(en), alignmentName, preSplit, null,
                            video == null ? null : VideoReference.checked(video)),
                    terms == null ? null : AlignRun.LoadedGlossary.of(terms, glossaryInUse.info(terms)), new Progress());
        }
        PrintWriter console = context.outputWriter();
        AlignmentFile document = outcome.document();
        console.printf(Locale.ROOT, "%s: %d pairs (%s); %d of %d Chinese sentences have no English, "
                        + "%d of %d English sentences no Chinese%n", outcome.file(), document.links().size(),
                beadCounts(document), document.unalignedZh().size(), document.zh().sentences().size(),
                document.unalignedEn().size(), document.en().sentences().size());
        if (outcome.fixed() > 0) {
            console.printf("%d reviewed pairs kept fixed%n", outcome.fixed());
        }
        int changed = previous == null ? -1 : document.linksChangedSince(previous);
        if (changed >= 0) {
            // After the glossary grew (glossary suggest --accept), this is what it changed.
            console.printf(Locale.ROOT, "%d of %d pairs changed since the previous run%n", changed,
                    document.links().size());
        }
        outcome.notes().forEach(note -> console.println("note: " + note));
        console.printf("weakest first: pairs list %s --sort score%n", document.name());
        console.flush();
    }

    /**
     * Refuses a file with far more sentences than are aligned before it is segmented: a 50 MB
     * article passed the size limit and then filled 6.5 GB while being split into sentences, only
     * to be refused by the sentence count afterwards. Counted here: line breaks and sentence marks
     * (。！？ in UTF-8 or GB18030/Big5, and . ! ? before a space), one pass over the bytes, no
     * decoding. Some marks end no sentence (Mr., 3.5), so only twice the limit is refused here; the
     * exact count after segmenting refuses the rest.
     */
    private static void refuseFarTooManySentences(Path file) {
        if (!Files.isRegularFile(file)) {
            return; // missing or a pipe: the reader says what is wrong, or reads it once
        }
        long marks = 0;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int previous = -1;
            int beforePrevious = -1;
            for (int b = in.read(); b >= 0; b = in.read()) {
                boolean mark = b == '\n'
                        || (b == ' ' && (previous == '.' || previous == '!' || previous == '?'))
                        || (beforePrevious == 0xE3 && previous == 0x80 && b == 0x82) // 。
                        || (beforePrevious == 0xEF && previous == 0xBC && (b == 0x81 || b == 0x9F)) // ！？
                        || (previous == 0xA1 && b == 0xA3); // 。 in GB18030
                if (mark) {
                    marks++;
                }
                beforePrevious = previous;
                previous = b;
            }
        } catch (IOException e) {
            return; // the reader reports it with its reason
        }
        if (marks > 2L * AlignParameters.MAX_SENTENCES) {
            throw new BadInputException(file, String.format(Locale.ROOT,
                    "has about %,d sentences; at most %,d a side are aligned at once (split it into chapters)", marks,
                    AlignParameters.MAX_SENTENCES));
        }
    }

    @Command(name = "quote", group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Find the English original of a Chinese quote anywhere in a source",
            help = """
                    quote --en FILE [--zh ARTICLE | --aligned NAME] [--in FILE|-] [--limit N] [--min-score X]
                          [--json] [--glossary FILE|none] [TEXT…]
                    Ranks the spans of one to six English sentences that the quote may translate, best
                    first, with score, evidence, lines and (for timed sources) times. Spans scoring at
                    least --min-score (default 0.5) are found; the best below it (from 0.4, or from
                    --min-score if lower) are shown as weak, for you to judge; nothing plausible is said so.
                      --zh ARTICLE   the Chinese article the quote is from: answered from the document
                                     alignment of the article with --en (far surer)
                      --aligned NAME answered from aligned/NAME.json (no --en needed)
                      --in FILE      one quote a line (- for standard input); with --json, one JSON
                                     object a line (JSON Lines)
                    --json prints {"verdict": "found"|"weak"|"none", "candidates": [...], "weak": [...]};
                    candidates holds only the found spans (an empty list when none), each with text,
                    score, firstLine, lastLine, start and end (seconds; timed sources only), speaker,
                    ids (0-based sentence ids) and evidence. With --zh or --aligned, "article" tells
                    where the quote is in the article.""")
    public void quote(
            @Option(longName = "en", description = "the English source") String en,
            @Option(longName = "zh", description = "the Chinese article the quote is from") String zh,
            @Option(longName = "aligned", description = "answer from aligned/NAME.json") String aligned,
            @Option(longName = "in", description = "quotes, one a line (- for standard input)") String in,
            @Option(longName = "limit", description = "the most candidates to show (default 5)") Integer limitOption,
            @Option(longName = "min-score", description = "score from which a candidate is found (default 0.5)")
            Double minScoreOption,
            @Option(longName = "json", description = "print JSON") boolean json,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossary,
            @Arguments List<String> words,
            CommandContext context) {
        String text = words == null ? "" : String.join(" ", words).strip();
        if (in == null && text.isEmpty()) {
            throw new IllegalArgumentException("no quote given: quote --en FILE 中文引语 (or --in FILE, one quote a line)");
        }
        if (in != null && !text.isEmpty()) {
            throw new IllegalArgumentException("give the quote as text or as --in FILE, not both");
        }
        if (zh != null && aligned != null) {
            throw new IllegalArgumentException("give either --zh ARTICLE or --aligned NAME, not both");
        }
        if (en == null && aligned == null) {
            throw new IllegalArgumentException("missing --en FILE: the English source to look the quote up in");
        }
        int limit = limitOption == null ? 5 : limitOption;
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        double minScore = minScoreOption == null ? QuoteFinder.FOUND_SCORE : minScoreOption;
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("--min-score must be between 0 and 1");
        }
        if (in == null && Language.of(text) != Language.ZH) {
            throw new IllegalArgumentException("the quote has no Chinese characters; give the Chinese text to look up");
        }
        GlossaryInUse glossaryFile = GlossaryInUse.resolve(glossary);
        Answers answers;
        String where;
        if (aligned != null) {
            answers = alignedAnswers(AlignedStore.checkName(aligned), glossaryFile);
            where = Workspace.current().store().fileOf(aligned).toString();
        } else if (zh != null) {
            answers = quoteCache.article(Path.of(zh), Path.of(en), glossaryFile)::find;
            where = en;
        } else {
            answers = quoteCache.finder(Path.of(en), glossaryFile)::find;
            where = en;
        }
        PrintWriter console = context.outputWriter();
        if (in == null) {
            print(console, text, answers.find(text, limit, minScore), json, false, where, minScore);
        } else {
            for (String line : quoteLines(in)) {
                String quote = line.strip();
                if (quote.isEmpty()) {
                    continue;
                }
                if (Language.of(quote) != Language.ZH) {
                    printNotChinese(console, quote, json);
                    continue;
                }
                print(console, quote, answers.find(quote, limit, minScore), json, true, where, minScore);
            }
        }
        console.flush();
    }

    /** How a quote is answered: by a lone lookup, or from an alignment. */
    @FunctionalInterface
    private interface Answers {
        QuoteResult find(String quote, int limit, double minScore);
    }

    /** The one cache of quote mode: sources and article alignments kept while their files stay the same. */
    private final QuoteCache quoteCache = new QuoteCache(segmenter);

    private static List<String> quoteLines(String in) {
        String content;
        if (in.equals("-")) {
            try {
                content = TextDecoder.decode(Path.of("-"), System.in.readAllBytes()).text();
            } catch (IOException e) {
                throw new BadInputException(Path.of("-"), "cannot be read: " + e.getMessage());
            }
        } else {
            content = TextDecoder.read(Path.of(in)).text();
        }
        return List.of(content.split("\r?\n|\r"));
    }

    /**
     * {@code aligned/NAME.json} as an alignment to answer from: its sentence tables are the two
     * sides, its links (rejected ones left out) the beads, read only through the store's load method.
     */
    private Answers alignedAnswers(String name, GlossaryInUse glossaryFile) {
        AlignmentFile document = Workspace.current().store().load(name);
        List<Sentence> zhList = AlignmentRecord.sentences(document.zh());
        List<Sentence> enList = AlignmentRecord.sentences(document.en());
        List<Bead> beads = new ArrayList<>();
        for (Link link : document.links()) {
            if (link.status() == AlignmentFile.Status.REJECTED) {
                continue;
            }
            beads.add(new Bead(link.zh().stream().map(zhList::get).toList(), link.en().stream().map(enList::get).toList(),
                    link.score(), link.evidence().stream().map(AlignCommands::asEvidence).toList()));
        }
        for (int id : document.unalignedZh()) {
            beads.add(new Bead(List.of(zhList.get(id)), List.of(), 0, List.of()));
        }
        QuoteFinder finder = new QuoteFinder(QuoteIndex.of(enList, quoteCache.terms(glossaryFile)));
        QuoteInArticle article = new QuoteInArticle(zhList, new Alignment(beads), finder);
        return article::find;
    }

    private static Evidence asEvidence(AlignmentFile.Evidence stored) {
        EvidenceKind kind = java.util.Arrays.stream(EvidenceKind.values()).filter(k -> k.label().equals(stored.kind()))
                .findFirst().orElse(EvidenceKind.LEXICAL);
        return new Evidence(kind, stored.zh(), stored.en(), stored.weight());
    }


    private static void print(PrintWriter console, String quote, QuoteResult result, boolean json, boolean batch,
                              String where, double minScore) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            if (batch) {
                out.put("quote", quote);
            }
            out.put("verdict", result.verdict().label());
            out.put("candidates", result.found().stream().map(AlignCommands::asJson).toList());
            out.put("weak", result.weak().stream().map(AlignCommands::asJson).toList());
            if (!result.article().isEmpty()) {
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("ids", result.article().stream().map(Sentence::index).toList());
                article.put("firstLine", result.article().get(0).firstLine());
                article.put("lastLine", result.article().get(result.article().size() - 1).lastLine());
                out.put("article", article);
            }
            console.println(batch ? jsonLine(out) : Json.write(out));
            return;
        }
        if (batch) {
            console.println("» " + quote);
        }
        int rank = 1;
        for (QuoteMatch match : result.found()) {
            console.println(describe(rank++, match));
        }
        if (!result.weak().isEmpty()) {
            console.printf(Locale.ROOT, "%s (below %.2f, for you to judge):%n",
                    result.found().isEmpty() ? "no sure original; weak candidates" : "weak candidates", minScore);
            for (QuoteMatch match : result.weak()) {
                console.println(describe(rank++, match));
            }
        }
        if (result.verdict() == QuoteResult.Verdict.NONE) {
            console.printf("no plausible English original in %s%n", where);
        }
    }

    /** One JSON object on one line (JSON Lines), keys in the same order as {@link Json#write}. */
    private static String jsonLine(Object value) {
        return Json.MAPPER.writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(value);
    }

    private static void printNotChinese(PrintWriter console, String quote, boolean json) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("quote", quote);
            out.put("verdict", QuoteResult.Verdict.NONE.label());
            out.put("candidates", List.of());
            out.put("weak", List.of());
            out.put("error", "no Chinese characters");
            console.println(jsonLine(out));
        } else {
            console.println("» " + quote);
            console.println("not looked up: no Chinese characters");
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
        // A string, as this contract always had it: the name, or "turn N" for an unnamed turn.
        Speaker speaker = match.en().get(0).speaker();
        json.put("speaker", speaker == null ? null : speaker.shown());
        json.put("ids", match.ids());
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
        Speaker speaker = match.en().get(0).speaker();
        if (speaker != null) {
            line.append("  ").append(speaker.shown()).append(':');
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
    private static String beadCounts(AlignmentFile document) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Link link : document.links()) {
            counts.merge(link.type(), 1, Integer::sum);
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
            // Ctrl-C in the shell interrupts the command: stop between stages, before anything is written.
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("align cancelled; nothing was written");
            }
            long elapsed = System.nanoTime() - start;
            if (elapsed >= QUIET_NANOS) {
                System.err.printf(Locale.ROOT, "align: %5.1f s  %s%n", elapsed / 1e9, stage);
                System.err.flush();
            }
        }
    }
}
