package yuanwen.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import yuanwen.review.PairReview;
import yuanwen.script.ChineseKey;
import yuanwen.store.AlignedExports;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Span;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile;
import yuanwen.text.AtomicFiles;
import yuanwen.text.BadInputException;
import yuanwen.text.EditLock;
import yuanwen.text.Json;
import yuanwen.web.PageRenderer;

/** {@code pairs …}: review, search and export a stored alignment. */
@Component
public class PairsCommands {

    private static final String GROUP = "Pairs";

    /** The workspace's aligned/, chosen when a command runs (the workspace is chosen at start-up). */
    private static AlignedStore store() {
        return Workspace.current().store();
    }

    @Command(name = {"pairs", "list"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "List the pairs of an alignment, weakest first with --sort score",
            help = """
                    pairs list NAME [--sort position|score] [--max-score X] [--status auto|accepted|rejected|edited|unaligned]
                               [--limit N] [--json]
                    Without NAME, lists the stored alignments. One row a pair, cut to the terminal's
                    width (Chinese counts two columns): id, score, bead, status, lines, Chinese, English.
                    --status unaligned lists the sentences no pair covers, of both sides (the Chinese
                    with no English source, the English the article left out).
                    --limit N shows the first N rows (default 50 without --json; 0 for all).""")
    public void list(@Arguments List<String> words,
                     @Option(longName = "sort", description = "position (default) or score") String sort,
                     @Option(longName = "max-score", description = "only pairs scoring at most this") Double maxScore,
                     @Option(longName = "status", description = "only pairs with this status, or unaligned") String status,
                     @Option(longName = "limit", description = "the most rows to show (default 50; 0 for all)") Integer limitOption,
                     @Option(longName = "json", description = "print JSON") boolean json,
                     CommandContext context) {
        PrintWriter console = context.outputWriter();
        if (words == null || words.isEmpty()) {
            List<String> names = store().names();
            console.println(names.isEmpty() ? "no alignments in " + store().folder() + " yet (run align)"
                    : String.join("\n", names));
            console.flush();
            return;
        }
        AlignmentFile document = store().load(words.get(0));
        int limit = limitOption != null ? limitOption : json ? 0 : DEFAULT_LIMIT;
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or more");
        }
        if ("unaligned".equalsIgnoreCase(status)) {
            listUnaligned(document, limit, json, console);
            return;
        }
        Status wanted = status == null ? null : parseStatus(status);
        List<Link> links = new ArrayList<>(document.links().stream()
                .filter(l -> maxScore == null || l.score() <= maxScore)
                .filter(l -> wanted == null || l.status() == wanted).toList());
        if ("score".equals(sort)) {
            links.sort(Comparator.comparingDouble(Link::score).thenComparing(l -> l.zh().get(0)));
        } else if (sort != null && !sort.equals("position")) {
            throw new IllegalArgumentException("--sort takes position or score, not '" + sort + "'");
        }
        List<Link> shown = limit == 0 ? links : links.subList(0, Math.min(limit, links.size()));
        if (json) {
            console.println(Json.write(shown.stream().map(l -> PairView.of(document, l)).toList()));
        } else {
            int width = TerminalColumns.width();
            int idWidth = idWidth(document);
            shown.forEach(l -> console.println(row(document, l, width, idWidth)));
            if (shown.size() < links.size()) {
                console.printf("(the first %d; --limit 0 shows all %d)%n", shown.size(), links.size());
            }
            console.printf("%d of %d pairs; %d Chinese and %d English sentences unaligned (--status unaligned lists them)%n",
                    links.size(), document.links().size(), document.unalignedZh().size(), document.unalignedEn().size());
        }
        console.flush();
    }

    /** The sentences no pair covers, Chinese then English, each with its id, line and text. */
    private static void listUnaligned(AlignmentFile document, int limit, boolean json, PrintWriter console) {
        record UnalignedView(String side, int id, int line, String text) {
        }
        List<UnalignedView> rows = new ArrayList<>();
        for (int id : document.unalignedZh()) {
            AlignmentFile.StoredSentence s = document.zh().sentences().get(id);
            rows.add(new UnalignedView("zh", id, s.lines().get(0), s.text()));
        }
        for (int id : document.unalignedEn()) {
            AlignmentFile.StoredSentence s = document.en().sentences().get(id);
            rows.add(new UnalignedView("en", id, s.lines().get(0), s.text()));
        }
        List<UnalignedView> shown = limit == 0 ? rows : rows.subList(0, Math.min(limit, rows.size()));
        if (json) {
            console.println(Json.write(shown));
        } else {
            int width = TerminalColumns.width();
            for (UnalignedView r : shown) {
                String head = String.format(Locale.ROOT, "%s %5d L%-5d ", r.side(), r.id(), r.line());
                console.println(head + TerminalColumns.fit(r.text(), width - head.length()).stripTrailing());
            }
            if (shown.size() < rows.size()) {
                console.printf("(the first %d; --limit 0 shows all %d)%n", shown.size(), rows.size());
            }
            console.printf("%d Chinese and %d English sentences unaligned%n", document.unalignedZh().size(),
                    document.unalignedEn().size());
        }
        console.flush();
    }

    /** Rows of pairs list and pairs search when no --limit is given: a screenful or two. */
    private static final int DEFAULT_LIMIT = 50;

    private static int idWidth(AlignmentFile document) {
        return document.links().stream().mapToInt(l -> l.id().length()).max().orElse(3);
    }

    /**
     * One pair in {@code width} columns: the fixed columns, then the Chinese and the English sharing
     * what is left (Chinese 2 : English 3, since a Chinese character takes two columns and says about
     * as much as a short English word).
     */
    static String row(AlignmentFile document, Link link, int width, int idWidth) {
        Span zh = document.zhSpan(link);
        Span en = document.enSpan(link);
        String head = String.format(Locale.ROOT, "%-" + idWidth + "s %.2f %-3s %-8s L%-4d ", link.id(), link.score(),
                link.type(), link.status().label(), zh.firstLine());
        int left = Math.max(20, width - head.length() - 3);
        int zhWidth = left * 2 / 5;
        return head + TerminalColumns.fit(zh.text(), zhWidth) + " ⇄ "
                + TerminalColumns.fit(en.text(), left - zhWidth).stripTrailing();
    }

    @Command(name = {"pairs", "show"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Show one pair with its lines, times and evidence", help = "pairs show NAME PAIR-ID")
    public void show(@Arguments List<String> words, CommandContext context) {
        requireWords(words, 2, "pairs show NAME PAIR-ID");
        AlignmentFile document = store().load(words.get(0));
        Link link = find(document, words.get(1));
        Span zh = document.zhSpan(link);
        Span en = document.enSpan(link);
        PrintWriter console = context.outputWriter();
        console.println(summary(document, link));
        console.printf("  zh  %s lines %d-%d%s: %s%n", zh.ids(), zh.firstLine(), zh.lastLine(),
                zh.speaker() == null ? "" : ", " + zh.speaker().shown(), zh.text());
        console.printf("  en  %s lines %d-%d%s%s: %s%n", en.ids(), en.firstLine(), en.lastLine(),
                en.start() == null ? "" : ", " + SegmentCommands.clock(en.start()) + " - "
                        + SegmentCommands.clock(en.end()),
                en.speaker() == null ? "" : ", " + en.speaker().shown(), en.text());
        for (AlignmentFile.Evidence e : link.evidence()) {
            console.printf(Locale.ROOT, "  %+.3f %-16s %s%s%n", e.weight(), e.kind(), e.zh() == null ? "" : e.zh(),
                    e.en() == null ? "" : " ↔ " + e.en());
        }
        console.flush();
    }

    @Command(name = {"pairs", "search"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Find pairs whose Chinese or English contains the text (any script, any case)",
            help = """
                    pairs search NAME TEXT…
                    TEXT is plain text: it needs no quotes, and an apostrophe (don't) is a letter.""")
    public void search(@Arguments List<String> words, CommandContext context) {
        requireWords(words, 2, "pairs search NAME TEXT");
        AlignmentFile document = store().load(words.get(0));
        String query = normalise(String.join(" ", words.subList(1, words.size())));
        PrintWriter console = context.outputWriter();
        int found = 0;
        int width = TerminalColumns.width();
        int idWidth = idWidth(document);
        for (Link link : document.links()) {
            if (normalise(document.zhSpan(link).text()).contains(query)
                    || normalise(document.enSpan(link).text()).contains(query)) {
                console.println(row(document, link, width, idWidth));
                found++;
            }
        }
        console.printf("%d pairs match%n", found);
        console.flush();
    }

    @Command(name = {"pairs", "accept"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Mark pairs as right: they are kept, and anchor the rest, when align runs again",
            help = "pairs accept NAME PAIR-ID…")
    public void accept(@Arguments List<String> words, CommandContext context) {
        requireWords(words, 2, "pairs accept NAME PAIR-ID…");
        try (EditLock lock = EditLock.acquire(store().fileOf(words.get(0)))) {
            review(words, PairReview.accept(store().load(words.get(0)), words.subList(1, words.size())), "accepted",
                    context);
        }
    }

    @Command(name = {"pairs", "reject"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Mark pairs as wrong: they are left out of exports", help = "pairs reject NAME PAIR-ID…")
    public void reject(@Arguments List<String> words, CommandContext context) {
        requireWords(words, 2, "pairs reject NAME PAIR-ID…");
        try (EditLock lock = EditLock.acquire(store().fileOf(words.get(0)))) {
            review(words, PairReview.reject(store().load(words.get(0)), words.subList(1, words.size())), "rejected",
                    context);
        }
    }

    @Command(name = {"pairs", "edit"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Give a pair other English sentences; the pair is kept, and fixes the rest, when align runs again",
            help = """
                    pairs edit NAME PAIR-ID --en IDS
                      --en  the English sentence ids the Chinese translates (0-based, consecutive):
                            12, 12-13 or 12,13. The ids are those of pairs show and the beads export.
                    The pair is scored again from the sentences stored in the alignment (the source
                    files are not needed).""")
    public void edit(@Arguments List<String> words,
                     @Option(longName = "en", required = true, description = "English sentence ids, e.g. 12-13") String en,
                     CommandContext context) {
        requireWords(words, 2, "pairs edit NAME PAIR-ID --en IDS");
        String name = words.get(0);
        PairReview.Edit edit;
        Path file;
        try (EditLock lock = EditLock.acquire(store().fileOf(name))) {
            AlignmentFile stored = store().load(name);
            if (stored.glossary() != null && GlossaryInUse.isShippedLabel(stored.glossary().path())) {
                // Made with the shipped glossary (and the user's over it): score with that glossary as it is now.
                GlossaryInUse glossary = GlossaryInUse.resolve(null);
                edit = new PairReview().edit(stored, words.get(1), PairReview.parseIds(en),
                        new yuanwen.glossary.GlossaryMatcher(glossary.load()));
            } else {
                edit = new PairReview().edit(stored, words.get(1), PairReview.parseIds(en));
            }
            file = store().save(name, edit.file());
        }
        PrintWriter console = context.outputWriter();
        console.printf("%s: pair %s edited%n", file, edit.link().id());
        console.println(summary(edit.file(), edit.link()));
        edit.notes().forEach(note -> console.println("note: " + note));
        console.flush();
    }

    @Command(name = {"pairs", "export"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Export alignments as TMX 1.4b, TSV, JSON Lines, Vecalign beads or an HTML page",
            help = """
                    pairs export NAME… | --all --format tmx|tsv|jsonl|beads|html [--out FILE] [--force]
                                 [--zh-lang TAG] [--min-score X] [--status auto|accepted|edited]
                    Rejected pairs are never exported; --min-score and --status keep only the pairs
                    scoring at least X, or with that status (accepted also takes edited pairs: both
                    were checked by a person). TMX and TSV carry score, bead, status, times and the
                    speaker's name.
                    tmx: the Chinese is tagged after its script (zh-CN, zh-TW, zh-HK, zh-Hant) unless
                         --zh-lang names a tag.
                    jsonl: one pair a line with its alignment's name and source files.
                    beads: one bead per line, [zh ids]:[en ids], 0-based sentence ids (one alignment).
                    html: the review page as one self-contained file (no network, no external
                          scripts or fonts) to send to a colleague: both columns, evidence,
                          time links, filters and search; review it with: review NAME (one alignment)
                    Several names, or --all (every alignment in aligned/), make one corpus file: a TSV
                    then leads with a name column.""")
    public void export(@Arguments List<String> words,
                       @Option(longName = "format", required = true, description = "tmx, tsv, beads or html") String format,
                       @Option(longName = "out", shortName = 'o', description = "file to write (default: print)") String out,
                       @Option(longName = "force", description = "overwrite an existing file") boolean force,
                       @Option(longName = "zh-lang", description = "TMX language tag of the Chinese (default: after its script)") String zhLang,
                       @Option(longName = "min-score", description = "only pairs scoring at least this") Double minScore,
                       @Option(longName = "status", description = "only pairs with this status") String status,
                       @Option(longName = "all", description = "every alignment in aligned/, as one corpus") boolean all,
                       CommandContext context) throws IOException {
        AlignedStore store = store();
        List<String> names = all ? store.names() : words == null ? List.of() : words;
        if (all && words != null && !words.isEmpty()) {
            throw new IllegalArgumentException("give names or --all, not both");
        }
        if (names.isEmpty()) {
            throw all ? new BadInputException(store.folder(), "has no alignments to export (run align first)")
                    : new IllegalArgumentException("usage: pairs export NAME… | --all --format tmx|tsv|jsonl|beads|html");
        }
        Status wanted = status == null ? null : parseStatus(status);
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("--min-score must be between 0 and 1");
        }
        List<AlignmentFile> documents = names.stream().distinct().map(store::load)
                .map(stored -> minScore == null && wanted == null ? stored : stored.withLinks(stored.links().stream()
                        .filter(l -> minScore == null || l.score() >= minScore)
                        .filter(l -> wanted == null || l.status() == wanted
                                || wanted == Status.ACCEPTED && l.status() == Status.EDITED)
                        .toList()))
                .toList();
        boolean corpus = all || documents.size() > 1;
        String text = switch (format.toLowerCase(Locale.ROOT)) {
            case "tmx" -> AlignedExports.tmx(documents, zhLang);
            case "tsv" -> corpus ? AlignedExports.tsv(documents) : AlignedExports.tsv(documents.get(0));
            case "jsonl", "json-lines" -> AlignedExports.jsonLines(documents);
            case "beads", "vecalign" -> AlignedExports.beads(one(documents, "beads are one alignment's sentence ids"));
            case "html" -> new PageRenderer().export(one(documents, "the HTML page shows one alignment"));
            default -> throw new IllegalArgumentException("--format takes tmx, tsv, jsonl, beads or html, not '"
                    + format + "'");
        };
        PrintWriter console = context.outputWriter();
        if (out == null) {
            console.print(text);
        } else {
            Path file = Path.of(out);
            for (String name : names) {
                Path input = store.fileOf(name);
                if (Files.exists(file) && Files.isSameFile(file, input)) {
                    throw new BadInputException(file, "is the alignment being exported; export to another file");
                }
            }
            if (Files.isRegularFile(file) && !force && !AtomicFiles.writesDirectly(file)) {
                throw new BadInputException(file, "already exists (add --force to overwrite it)");
            }
            PrintWriter summary = SummaryLine.beside(file, context);
            AtomicFiles.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            summary.printf("wrote %s (%s)%n", file, format);
            summary.flush();
        }
        console.flush();
    }

    /** The one alignment a format takes. */
    private static AlignmentFile one(List<AlignmentFile> documents, String why) {
        if (documents.size() > 1) {
            throw new IllegalArgumentException(why + ": export one name at a time");
        }
        return documents.get(0);
    }

    /** Stores a reviewed alignment where it was read from, whatever name it has inside. */
    private void review(List<String> words, AlignmentFile reviewed, String done, CommandContext context) {
        Path file = store().save(words.get(0), reviewed);
        long count = words.subList(1, words.size()).stream().distinct().count();
        context.outputWriter().printf("%s: %d pairs %s%n", file, count, done);
        context.outputWriter().flush();
    }

    private static Link find(AlignmentFile document, String id) {
        return document.link(id).orElseThrow(() -> new IllegalArgumentException("alignment " + document.name()
                + " has no pair '" + id + "' (pairs list " + document.name() + " shows the ids)"));
    }

    private static Status parseStatus(String status) {
        try {
            return Status.fromLabel(status.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--status takes auto, accepted, rejected, edited or unaligned, not '"
                    + status + "'");
        }
    }

    private static void requireWords(List<String> words, int count, String usage) {
        if (words == null || words.size() < count) {
            throw new IllegalArgumentException("usage: " + usage);
        }
    }

    private static String normalise(String text) {
        return ChineseKey.of(text).toLowerCase(Locale.ROOT);
    }

    static String summary(AlignmentFile document, Link link) {
        Span zh = document.zhSpan(link);
        Span en = document.enSpan(link);
        String time = en.start() == null ? "" : " [" + SegmentCommands.clock(en.start()) + "]";
        return String.format(Locale.ROOT, "%-6s %.2f %-3s %-8s zh L%d%s en L%d%s  %s  ⇄  %s", link.id(), link.score(),
                link.type(), link.status().label(), zh.firstLine(), "", en.firstLine(), time,
                abbreviate(zh.text(), 40), abbreviate(en.text(), 70));
    }

    /** A pair as {@code pairs list --json} prints it: the link with both sides' text, lines and times. */
    record PairView(String id, String type, double score, Status status, Span zh, Span en,
                    List<AlignmentFile.Evidence> evidence) {

        static PairView of(AlignmentFile document, Link link) {
            return new PairView(link.id(), link.type(), link.score(), link.status(), document.zhSpan(link),
                    document.enSpan(link), link.evidence());
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
