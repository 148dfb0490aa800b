package yuanwen.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import yuanwen.read.BadInputException;
import yuanwen.script.Conversions;
import yuanwen.store.AlignedDocument;
import yuanwen.store.AlignedDocument.Pair;
import yuanwen.store.AlignedDocument.Status;
import yuanwen.store.AlignedExports;
import yuanwen.store.AlignedStore;
import yuanwen.store.AtomicFiles;
import yuanwen.store.PairEdit;
import yuanwen.store.Json;

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
        AlignedDocument document = store.load(words.get(0));
        Status wanted = status == null ? null : parseStatus(status);
        List<Pair> pairs = new ArrayList<>(document.pairs().stream()
                .filter(p -> maxScore == null || p.score() <= maxScore)
                .filter(p -> wanted == null || p.status() == wanted).toList());
        if ("score".equals(sort)) {
            pairs.sort(Comparator.comparingDouble(Pair::score).thenComparing(p -> p.zh().ids().get(0)));
        } else if (sort != null && !sort.equals("position")) {
            throw new IllegalArgumentException("--sort takes position or score, not '" + sort + "'");
        }
        if (json) {
            console.println(Json.write(pairs));
        } else {
            pairs.forEach(p -> console.println(summary(p)));
            console.printf("%d of %d pairs; %d Chinese and %d English sentences unaligned%n", pairs.size(),
                    document.pairs().size(), document.unalignedZh().size(), document.unalignedEn().size());
        }
        console.flush();
    }

    @Command(name = {"pairs", "show"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Show one pair with its lines, times and evidence", help = "pairs show NAME PAIR-ID")
    public void show(@Arguments List<String> words, CommandContext context) {
        requireWords(words, 2, "pairs show NAME PAIR-ID");
        AlignedDocument document = store.load(words.get(0));
        Pair pair = find(document, words.get(1));
        PrintWriter console = context.outputWriter();
        console.println(summary(pair));
        console.printf("  zh  %s lines %d-%d%s: %s%n", pair.zh().ids(), pair.zh().firstLine(), pair.zh().lastLine(),
                pair.zh().speaker() == null ? "" : ", " + pair.zh().speaker(), pair.zh().text());
        console.printf("  en  %s lines %d-%d%s%s: %s%n", pair.en().ids(), pair.en().firstLine(), pair.en().lastLine(),
                pair.en().start() == null ? "" : ", " + SegmentCommands.clock(pair.en().start()) + " - "
                        + SegmentCommands.clock(pair.en().end()),
                pair.en().speaker() == null ? "" : ", " + pair.en().speaker(), pair.en().text());
        for (AlignedDocument.Evidence e : pair.evidence()) {
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
        AlignedDocument document = store.load(words.get(0));
        String query = normalise(String.join(" ", words.subList(1, words.size())));
        PrintWriter console = context.outputWriter();
        int found = 0;
        for (Pair pair : document.pairs()) {
            if (normalise(pair.zh().text()).contains(query) || normalise(pair.en().text()).contains(query)) {
                console.println(summary(pair));
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
        mark(words, Status.accepted, context);
    }

    @Command(name = {"pairs", "reject"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Mark pairs as wrong: they are left out of exports", help = "pairs reject NAME PAIR-ID…")
    public void reject(@Arguments List<String> words, CommandContext context) {
        mark(words, Status.rejected, context);
    }

    @Command(name = {"pairs", "edit"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Give a pair other English sentences; the pair is kept, and fixes the rest, when align runs again",
            help = """
                    pairs edit NAME PAIR-ID --en IDS
                      --en  the English sentence ids the Chinese translates (0-based, consecutive):
                            12, 12-13 or 12,13. The ids are those of pairs show and the beads export.""")
    public void edit(@Arguments List<String> words,
                     @Option(longName = "en", required = true, description = "English sentence ids, e.g. 12-13") String en,
                     CommandContext context) {
        requireWords(words, 2, "pairs edit NAME PAIR-ID --en IDS");
        AlignedDocument document = store.load(words.get(0));
        AlignedDocument edited = new PairEdit().withEnglish(document, words.get(1), PairEdit.parseIds(en));
        store.save(edited);
        Pair pair = find(edited, words.get(1));
        PrintWriter console = context.outputWriter();
        console.printf("%s: pair %s edited%n", store.fileOf(document.name()), pair.id());
        console.println(summary(pair));
        console.flush();
    }

    @Command(name = {"pairs", "export"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Export an alignment as TMX 1.4b, TSV or Vecalign beads",
            help = """
                    pairs export NAME --format tmx|tsv|beads [--out FILE] [--force] [--zh-lang zh-CN]
                    beads: one bead per line, [zh ids]:[en ids], 0-based sentence ids.""")
    public void export(@Arguments List<String> words,
                       @Option(longName = "format", required = true, description = "tmx, tsv or beads") String format,
                       @Option(longName = "out", shortName = 'o', description = "file to write (default: print)") String out,
                       @Option(longName = "force", description = "overwrite an existing file") boolean force,
                       @Option(longName = "zh-lang", defaultValue = "zh-CN", description = "TMX language code of the Chinese") String zhLang,
                       CommandContext context) throws IOException {
        requireWords(words, 1, "pairs export NAME --format tmx|tsv|beads");
        AlignedDocument document = store.load(words.get(0));
        String text = switch (format.toLowerCase(Locale.ROOT)) {
            case "tmx" -> AlignedExports.tmx(document, zhLang == null ? "zh-CN" : zhLang);
            case "tsv" -> AlignedExports.tsv(document);
            case "beads", "vecalign" -> AlignedExports.beads(document);
            default -> throw new IllegalArgumentException("--format takes tmx, tsv or beads, not '" + format + "'");
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

    private void mark(List<String> words, Status status, CommandContext context) {
        requireWords(words, 2, "pairs " + (status == Status.accepted ? "accept" : "reject") + " NAME PAIR-ID…");
        AlignedDocument document = store.load(words.get(0));
        Set<String> ids = new HashSet<>(words.subList(1, words.size()));
        for (String id : ids) {
            find(document, id);
        }
        List<Pair> pairs = document.pairs().stream()
                .map(p -> ids.contains(p.id()) ? p.withStatus(status) : p).toList();
        store.save(new AlignedDocument(document.schemaVersion(), document.name(), document.zh(), document.en(),
                document.glossary(), document.parameters(), pairs, document.unalignedZh(), document.unalignedEn()));
        context.outputWriter().printf("%s: %d pairs %s%n", store.fileOf(document.name()), ids.size(), status);
        context.outputWriter().flush();
    }

    private static Pair find(AlignedDocument document, String id) {
        return document.pairs().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("alignment " + document.name() + " has no pair '"
                        + id + "' (pairs list " + document.name() + " shows the ids)"));
    }

    private static Status parseStatus(String status) {
        try {
            return Status.valueOf(status.toLowerCase(Locale.ROOT));
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

    static String summary(Pair p) {
        String time = p.en().start() == null ? "" : " [" + SegmentCommands.clock(p.en().start()) + "]";
        return String.format(Locale.ROOT, "%-6s %.2f %-3s %-8s zh L%d%s en L%d%s  %s  ⇄  %s", p.id(), p.score(),
                p.bead(), p.status(), p.zh().firstLine(), "", p.en().firstLine(), time,
                abbreviate(p.zh().text(), 40), abbreviate(p.en().text(), 70));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
