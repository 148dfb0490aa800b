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
import yuanwen.script.Conversions;
import yuanwen.store.AlignedExports;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Span;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile;
import yuanwen.text.AtomicFiles;
import yuanwen.text.BadInputException;
import yuanwen.text.Json;

/** {@code pairs …}: review, search and export a stored alignment. */
@Component
public class PairsCommands {

    private static final String GROUP = "Pairs";

    private final AlignedStore store = AlignedStore.inWorkingDirectory();

    @Command(name = {"pairs", "list"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "List the pairs of an alignment, weakest first with --sort score",
            help = """
                    pairs list NAME [--sort position|score] [--max-score X] [--status auto|accepted|rejected|edited] [--json]
                    Without NAME, lists the stored alignments.""")
    public void list(@Arguments List<String> words,
                     @Option(longName = "sort", description = "position (default) or score") String sort,
                     @Option(longName = "max-score", description = "only pairs scoring at most this") Double maxScore,
                     @Option(longName = "status", description = "only pairs with this status") String status,
                     @Option(longName = "json", description = "print JSON") boolean json,
                     CommandContext context) {
        PrintWriter console = context.outputWriter();
        if (words == null || words.isEmpty()) {
            List<String> names = store.names();
            console.println(names.isEmpty() ? "no alignments in " + store.folder() + " yet (run align)"
                    : String.join("\n", names));
            console.flush();
            return;
        }
        AlignmentFile document = store.load(words.get(0));
        Status wanted = status == null ? null : parseStatus(status);
        List<Link> links = new ArrayList<>(document.links().stream()
                .filter(l -> maxScore == null || l.score() <= maxScore)
                .filter(l -> wanted == null || l.status() == wanted).toList());
        if ("score".equals(sort)) {
            links.sort(Comparator.comparingDouble(Link::score).thenComparing(l -> l.zh().get(0)));
        } else if (sort != null && !sort.equals("position")) {
            throw new IllegalArgumentException("--sort takes position or score, not '" + sort + "'");
        }
        if (json) {
            console.println(Json.write(links.stream().map(l -> PairView.of(document, l)).toList()));
        } else {
            links.forEach(l -> console.println(summary(document, l)));
            console.printf("%d of %d pairs; %d Chinese and %d English sentences unaligned%n", links.size(),
                    document.links().size(), document.unalignedZh().size(), document.unalignedEn().size());
        }
        console.flush();
    }

    @Command(name = {"pairs", "show"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Show one pair with its lines, times and evidence", help = "pairs show NAME PAIR-ID")
    public void show(@Arguments List<String> words, CommandContext context) {
        requireWords(words, 2, "pairs show NAME PAIR-ID");
        AlignmentFile document = store.load(words.get(0));
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
            help = "pairs search NAME TEXT…")
    public void search(@Arguments List<String> words, CommandContext context) {
        requireWords(words, 2, "pairs search NAME TEXT");
        AlignmentFile document = store.load(words.get(0));
        String query = normalise(String.join(" ", words.subList(1, words.size())));
        PrintWriter console = context.outputWriter();
        int found = 0;
        for (Link link : document.links()) {
            if (normalise(document.zhSpan(link).text()).contains(query)
                    || normalise(document.enSpan(link).text()).contains(query)) {
                console.println(summary(document, link));
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
        review(words, PairReview.accept(store.load(words.get(0)), words.subList(1, words.size())), "accepted", context);
    }

    @Command(name = {"pairs", "reject"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Mark pairs as wrong: they are left out of exports", help = "pairs reject NAME PAIR-ID…")
    public void reject(@Arguments List<String> words, CommandContext context) {
        requireWords(words, 2, "pairs reject NAME PAIR-ID…");
        review(words, PairReview.reject(store.load(words.get(0)), words.subList(1, words.size())), "rejected", context);
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
        PairReview.Edit edit = new PairReview().edit(store.load(name), words.get(1), PairReview.parseIds(en));
        Path file = store.save(name, edit.file());
        PrintWriter console = context.outputWriter();
        console.printf("%s: pair %s edited%n", file, edit.link().id());
        console.println(summary(edit.file(), edit.link()));
        edit.notes().forEach(note -> console.println("note: " + note));
        console.flush();
    }

    @Command(name = {"pairs", "export"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Export alignments as TMX 1.4b, TSV, JSON Lines or Vecalign beads",
            help = """
                    pairs export NAME… | --all --format tmx|tsv|jsonl|beads [--out FILE] [--force] [--zh-lang TAG]
                    tmx: the Chinese is tagged after its script (zh-CN, zh-TW, zh-HK, zh-Hant) unless
                         --zh-lang names a tag.
                    jsonl: one pair a line with its alignment's name and source files.
                    beads: one bead per line, [zh ids]:[en ids], 0-based sentence ids (one alignment).
                    Several names, or --all (every alignment in aligned/), make one corpus file: a TSV
                    then leads with a name column.""")
    public void export(@Arguments List<String> words,
                       @Option(longName = "format", required = true, description = "tmx, tsv or beads") String format,
                       @Option(longName = "out", shortName = 'o', description = "file to write (default: print)") String out,
                       @Option(longName = "force", description = "overwrite an existing file") boolean force,
                       @Option(longName = "zh-lang", description = "TMX language tag of the Chinese (default: after its script)") String zhLang,
                       @Option(longName = "all", description = "every alignment in aligned/, as one corpus") boolean all,
                       CommandContext context) throws IOException {
        List<String> names = all ? store.names() : words == null ? List.of() : words;
        if (all && words != null && !words.isEmpty()) {
            throw new IllegalArgumentException("give names or --all, not both");
        }
        if (names.isEmpty()) {
            throw all ? new BadInputException(store.folder(), "has no alignments to export (run align first)")
                    : new IllegalArgumentException("usage: pairs export NAME… | --all --format tmx|tsv|jsonl|beads");
        }
        List<AlignmentFile> documents = names.stream().distinct().map(store::load).toList();
        boolean corpus = all || documents.size() > 1;
        String text = switch (format.toLowerCase(Locale.ROOT)) {
            case "tmx" -> AlignedExports.tmx(documents, zhLang);
            case "tsv" -> corpus ? AlignedExports.tsv(documents) : AlignedExports.tsv(documents.get(0));
            case "jsonl", "json-lines" -> AlignedExports.jsonLines(documents);
            case "beads", "vecalign" -> {
                if (documents.size() > 1) {
                    throw new IllegalArgumentException("beads are one alignment's sentence ids: export one name at a time");
                }
                yield AlignedExports.beads(documents.get(0));
            }
            default -> throw new IllegalArgumentException("--format takes tmx, tsv, jsonl or beads, not '" + format + "'");
        };
        PrintWriter console = context.outputWriter();
        if (out == null) {
            console.print(text);
        } else {
            Path file = Path.of(out);
            if (Files.exists(file) && !force) {
                throw new BadInputException(file, "already exists (add --force to overwrite it)");
            }
            AtomicFiles.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            console.printf("wrote %s (%s)%n", file, format);
        }
        console.flush();
    }

    /** Stores a reviewed alignment where it was read from, whatever name it has inside. */
    private void review(List<String> words, AlignmentFile reviewed, String done, CommandContext context) {
        Path file = store.save(words.get(0), reviewed);
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
            throw new IllegalArgumentException("--status takes auto, accepted, rejected or edited, not '" + status + "'");
        }
    }

    private static void requireWords(List<String> words, int count, String usage) {
        if (words == null || words.size() < count) {
            throw new IllegalArgumentException("usage: " + usage);
        }
    }

    private static String normalise(String text) {
        return Conversions.standard().get("t2s").convert(text).toLowerCase(Locale.ROOT);
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
