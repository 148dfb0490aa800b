package yuanwen.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import yuanwen.glossary.ArticleCheck;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEditor;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.GlossarySearch;
import yuanwen.glossary.Term;
import yuanwen.glossary.TermType;
import yuanwen.glossary.TermbaseFormat;
import yuanwen.mining.Suggestion;
import yuanwen.mining.SuggestionAcceptance;
import yuanwen.mining.TermSuggester;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.text.AtomicFiles;
import yuanwen.text.BadInputException;
import yuanwen.text.EditLock;
import yuanwen.text.TextDecoder;

/**
 * {@code glossary …}: keep the term glossary, look terms up, exchange it, and check articles with it.
 * Every command reads {@code --glossary FILE}; by default the shipped glossary with the workspace's
 * {@code glossary/glossary.json} over it, and changes go to the workspace's file. The rules of a
 * change are {@link GlossaryEditor}'s; a change it refuses or finds invalid writes nothing, an accepted
 * one is written atomically with a backup.
 *
 * <p>Options that may be repeated ({@code --zh-variant A --zh-variant B}) are declared as parameters
 * so that the parser knows them, but read from the context, because Spring Shell binds only the
 * first value of an option to its parameter.
 */
@Component
public class GlossaryCommands {

    private static final String GROUP = "Glossary";
    private static final String GLOSSARY_HELP =
            "glossary file (default: the shipped glossary with the workspace's glossary/glossary.json over it)";

    @Command(name = {"glossary", "add"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Add an entry to the glossary",
            help = """
                    glossary add --zh FORM [--zh-variant FORM…] --en FORM [--en-variant FORM…] [--type TYPE]
                                 [--id ID] [--note TEXT] [--source TEXT] [--glossary FILE]
                      --zh, --en      the preferred forms (Chinese in simplified script: the program
                                      derives traditional, Taiwan and Hong Kong forms)
                      --zh-variant, --en-variant  admitted variants; repeat the option for more
                      --type          person, organisation, product, place, title or term (default: term)
                      --id            default: TYPE.english-in-kebab-case, e.g. person.jeff-bezos
                    Refuses a form that another entry has (unless the note says why) and names it.
                    Example: glossary add --zh 杰夫·贝索斯 --zh-variant 贝索斯 --en "Jeff Bezos" --en-variant Bezos --type person""")
    public void add(
            @Option(longName = "zh", required = true, description = "preferred Chinese form") String zh,
            @Option(longName = "zh-variant", description = "admitted Chinese variant (repeatable)") String zhVariant,
            @Option(longName = "en", required = true, description = "preferred English form") String en,
            @Option(longName = "en-variant", description = "admitted English variant (repeatable)") String enVariant,
            @Option(longName = "type", description = "person|organisation|product|place|title|term") String type,
            @Option(longName = "id", description = "entry id (default: generated)") String id,
            @Option(longName = "note", description = "why the entry is here, what it is") String note,
            @Option(longName = "source", description = "where it was seen") String source,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            CommandContext context) {
        TermType termType = type == null ? TermType.TERM : TermType.parse(type);
        List<Term> zhForms = new ArrayList<>(List.of(Term.preferred(zh.strip())));
        values(context, "zh-variant").forEach(v -> zhForms.add(Term.admitted(v.strip())));
        List<Term> enForms = new ArrayList<>(List.of(Term.preferred(en.strip())));
        values(context, "en-variant").forEach(v -> enForms.add(Term.admitted(v.strip())));
        GlossaryEntry entry = new GlossaryEntry(id != null ? id.strip() : GlossaryEntry.idFor(termType, en),
                termType, zhForms, enForms, note, source);
        try (EditLock lock = EditLock.acquire(targetFile(glossaryFile, "glossary add"))) {
            Target target = target(glossaryFile, "glossary add");
            target.save(GlossaryEditor.add(target.combined(), entry), entry.id());
            say(context, "added " + entry.id() + " to " + target.file());
        }
    }

    @Command(name = {"glossary", "edit"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Change an entry: add or remove forms, change statuses, note, type or source",
            help = """
                    glossary edit ID [--add-zh FORM…] [--add-en FORM…] [--remove FORM…] [--prefer FORM]
                                     [--admit FORM…] [--deprecate FORM…] [--type TYPE] [--note TEXT]
                                     [--source TEXT] [--glossary FILE]
                      --add-zh, --add-en  add an admitted variant (repeatable)
                      --remove            remove a form, in either language (repeatable)
                      --prefer            make a form the preferred one of its language; the former
                                          preferred form becomes admitted
                      --admit, --deprecate  set a form's status (repeatable)
                      --reviewed          mark an entry accepted from a suggestion as reviewed
                    Example: glossary edit person.jeff-bezos --add-zh 贝佐斯 --deprecate 贝佐斯""")
    public void edit(
            @Option(longName = "add-zh", description = "Chinese variant to add (repeatable)") String addZh,
            @Option(longName = "add-en", description = "English variant to add (repeatable)") String addEn,
            @Option(longName = "remove", description = "form to remove (repeatable)") String remove,
            @Option(longName = "prefer", description = "form to make preferred") String prefer,
            @Option(longName = "admit", description = "form to mark admitted (repeatable)") String admit,
            @Option(longName = "deprecate", description = "form to mark deprecated (repeatable)") String deprecate,
            @Option(longName = "type", description = "new type") String type,
            @Option(longName = "note", description = "new note (empty to remove)") String note,
            @Option(longName = "source", description = "new source (empty to remove)") String source,
            @Option(longName = "reviewed", description = "mark the entry reviewed") boolean reviewed,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) {
        try (EditLock lock = EditLock.acquire(targetFile(glossaryFile, "glossary edit"))) {
            Target target = target(glossaryFile, "glossary edit");
            edit(target, theId(words, "edit"), prefer, type, note, source, reviewed, context);
        }
    }

    private static void edit(Target target, String id, String prefer, String type, String note, String source,
                             boolean reviewed, CommandContext context) {
        Glossary glossary = target.combined();
        GlossaryEditor.Changes changes = new GlossaryEditor.Changes(values(context, "add-zh"), values(context, "add-en"),
                values(context, "remove"), prefer, values(context, "admit"), values(context, "deprecate"),
                type, note, source);
        GlossaryEditor.Edit edit = GlossaryEditor.edit(glossary, id, changes);
        if (reviewed && edit.accepted()) {
            edit = GlossaryEditor.replace(edit.glossary(), edit.glossary().entry(id).orElseThrow().withUnreviewed(false));
        }
        if (glossary.entry(id).isPresent() && edit.glossary().entry(id).equals(glossary.entry(id))) {
            say(context, "no change to " + id);
            return;
        }
        target.save(edit, id);
        say(context, "updated " + id + " in " + target.file());
    }

    @Command(name = {"glossary", "remove"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Remove an entry from the glossary",
            help = "glossary remove ID [--glossary FILE]   (the previous file is kept as FILE.bak)")
    public void remove(
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) {
        try (EditLock lock = EditLock.acquire(targetFile(glossaryFile, "glossary remove"))) {
            Target target = target(glossaryFile, "glossary remove");
            String id = theId(words, "remove");
            if (target.base() != null && target.base().entry(id).isPresent()) {
                throw new BadInputException(target.file(), id + " is in the shipped glossary, which is read-only"
                        + (target.own().entry(id).isPresent() ? "; your own version of it stays until you edit it" : "")
                        + " (use --glossary FILE to work on a glossary file of your own)");
            }
            target.save(GlossaryEditor.remove(target.own(), id), id);
            say(context, "removed " + id + " from " + target.file());
        }
    }

    @Command(name = {"glossary", "show"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Show an entry with the traditional, Taiwan and Hong Kong forms derived from it",
            help = "glossary show ID [--glossary FILE]")
    public void show(
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) {
        Reading reading = reading(glossaryFile);
        Glossary glossary = reading.glossary();
        String id = theId(words, "show");
        GlossaryEntry entry = glossary.entry(id).orElseThrow(() -> new BadInputException(reading.label(),
                GlossaryEditor.noEntry(glossary, id)));
        PrintWriter out = context.outputWriter();
        out.println(entry.id() + " (" + entry.type().label() + ")");
        for (Term t : entry.zh()) {
            List<String> s = glossary.scriptsOf(t);
            out.printf("  zh %-10s %s%n", t.status().label(), t.form());
            out.printf("     traditional %s, Taiwan %s (phrasing %s), Hong Kong %s%n", s.get(1), s.get(2), s.get(3),
                    s.get(4));
        }
        for (Term t : entry.en()) {
            out.printf("  en %-10s %s%n", t.status().label(), t.form());
        }
        if (entry.note() != null) {
            out.println("  note: " + entry.note());
        }
        if (entry.source() != null) {
            out.println("  source: " + entry.source());
        }
        out.flush();
    }

    @Command(name = {"glossary", "list"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "List the entries, or print them as JSON",
            help = """
                    glossary list [--type TYPE] [--unreviewed] [--json] [--glossary FILE]
                      --unreviewed  only entries accepted from suggestions and not yet reviewed
                      --json  a JSON array of the entries, each as the glossary file writes it""")
    public void list(
            @Option(longName = "type", description = "only entries of this type") String type,
            @Option(longName = "unreviewed", description = "only entries not yet reviewed") boolean unreviewed,
            @Option(longName = "json", description = "print JSON") boolean json,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            CommandContext context) {
        Glossary glossary = reading(glossaryFile).glossary();
        TermType only = type == null ? null : TermType.parse(type);
        List<GlossaryEntry> entries = glossary.entries().stream().filter(e -> only == null || e.type() == only)
                .filter(e -> !unreviewed || e.unreviewed()).toList();
        PrintWriter out = context.outputWriter();
        if (json) {
            out.println(GlossaryFile.formatEntries(entries));
        } else {
            entries.forEach(e -> out.println(e.id() + "\t" + e.preferredZh() + "\t" + e.preferredEn()
                    + (unreviewed && e.source() != null ? "\t" + e.source() : "")));
            out.println(entries.size() + (entries.size() == 1 ? " entry" : " entries"));
        }
        out.flush();
    }

    @Command(name = {"glossary", "search"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Find entries by a form in either language and any script, also misspelt",
            help = """
                    glossary search TEXT [--glossary FILE]
                    Exact matches first, then forms that contain TEXT, then Latin forms within one or
                    two edits. Traditional and Taiwan queries are also tried in simplified script.""")
    public void search(
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) {
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException("give the text to search for");
        }
        List<GlossarySearch.Hit> hits = new GlossarySearch(reading(glossaryFile).glossary())
                .search(String.join(" ", words));
        PrintWriter out = context.outputWriter();
        for (GlossarySearch.Hit hit : hits) {
            out.println(hit.entry().id() + "\t" + hit.entry().preferredZh() + "\t" + hit.entry().preferredEn()
                    + "\t(" + hit.form() + ": " + hit.how() + ")");
        }
        out.println(hits.size() + (hits.size() == 1 ? " entry" : " entries"));
        out.flush();
    }

    @Command(name = {"glossary", "import"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Add the entries of an OmegaT TSV, CSV or TBX termbase to the glossary",
            help = """
                    glossary import FILE [--format tsv|csv|tbx] [--glossary FILE]
                      --format  default: from the file's extension (.txt and .tab are OmegaT TSV)
                    TSV and CSV rows are English, Chinese, comment; rows with the same English make one
                    entry. TBX v3 and v2 (martif) are read; a DOCTYPE is refused. Entries whose id the
                    glossary already has with other content are refused, all or nothing.""")
    public void importTermbase(
            @Option(longName = "format", description = "tsv, csv or tbx") String format,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) {
        Path input = Path.of(theId(words, "import"));
        TermbaseFormat termbase = TermbaseFormat.of(input, format);
        List<GlossaryEntry> imported = termbase.read(input);
        Path file = targetFile(glossaryFile, "glossary import");
        GlossaryEditor.Import merge;
        try (EditLock lock = EditLock.acquire(file)) {
            Target target = target(glossaryFile, "glossary import");
            merge = GlossaryEditor.importEntries(target.combined(), imported);
            if (merge.edit().refusal() != null) {
                throw new BadInputException(input, merge.edit().refusal());
            }
            target.save(merge.edit(), null);
        }
        say(context, String.format(Locale.ROOT, "imported %d entries from %s into %s (%d were already there)",
                imported.size() - merge.alreadyThere(), input, file, merge.alreadyThere()));
    }

    @Command(name = {"glossary", "export"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Write the glossary as OmegaT TSV, CSV or TBX",
            help = """
                    glossary export FILE --format tsv|csv|tbx [--force] [--glossary FILE]
                    An existing FILE is refused unless --force (then it is kept as FILE.bak); the
                    glossary file itself is never overwritten by its export.
                    TBX (v3, TBX-Basic) keeps everything: statuses as administrativeStatus, the type as
                    subjectField, notes, sources and script overrides. TSV and CSV keep the preferred
                    English form, every Chinese form and the note.""")
    public void export(
            @Option(longName = "format", description = "tsv, csv or tbx") String format,
            @Option(longName = "force", description = "overwrite an existing file (kept as FILE.bak)") boolean force,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) throws IOException {
        Path output = Path.of(theId(words, "export"));
        TermbaseFormat termbase = TermbaseFormat.of(output, format);
        Reading reading = reading(glossaryFile);
        Glossary glossary = reading.glossary();
        // The files behind the glossary exported: --glossary FILE, or the workspace's own under the shipped one.
        List<Path> sources = new ArrayList<>(List.of(reading.label()));
        Path user = Workspace.current().userGlossary();
        if (glossaryFile == null && user != null) {
            sources.add(user);
        }
        for (Path source : sources) {
            if (Files.exists(output) && Files.exists(source) && Files.isSameFile(output, source)) {
                throw new BadInputException(output, "is the glossary being exported; export to another file");
            }
        }
        if (Files.isRegularFile(output) && !force && !AtomicFiles.writesDirectly(output)) {
            throw new BadInputException(output, "already exists (add --force to overwrite it; the old file is kept as "
                    + output.getFileName() + ".bak)");
        }
        byte[] bytes = termbase.write(glossary).getBytes(StandardCharsets.UTF_8);
        PrintWriter summary = SummaryLine.beside(output, context);
        AtomicFiles.writeKeepingBackup(output, out -> out.write(bytes));
        summary.println(String.format(Locale.ROOT, "exported %d entries to %s (%s)", glossary.size(), output,
                termbase.name().toLowerCase(Locale.ROOT)));
        summary.flush();
    }

    @Command(name = {"glossary", "override"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Fix how a Chinese phrase is written in traditional, Taiwan or Hong Kong script, or remove the fix",
            help = """
                    glossary override FORM [--traditional X] [--taiwan X] [--hongkong X] [--remove]
                                           [--en ENGLISH] [--glossary FILE]
                      FORM           the simplified form, as the glossary keeps it
                      --traditional  its traditional form (also Taiwan and Hong Kong unless given)
                      --taiwan       its Taiwan form; --hongkong its Hong Kong form
                      --remove       remove the form's overrides
                      --en           when no entry has FORM: add a term entry with this English
                    convert writes the phrase as fixed, both ways (s2t, s2twp, tw2sp, …); a longer
                    dictionary phrase around it still wins. The aligner reads Chinese after tw2sp
                    with these fixes.
                    Example: glossary override 指标 --taiwan 指標 --en metric   (tw2sp: 指標 → 指标, not 指针)
                             glossary override 于和伟 --traditional 于和偉 --en "Yu Hewei"   (s2t keeps 于)""")
    public void override(
            @Option(longName = "traditional", description = "traditional form") String traditional,
            @Option(longName = "taiwan", description = "Taiwan form") String taiwan,
            @Option(longName = "hongkong", description = "Hong Kong form") String hongkong,
            @Option(longName = "remove", description = "remove the overrides") boolean remove,
            @Option(longName = "en", description = "English, for a new entry") String en,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) {
        String form = theId(words, "override").strip();
        if (!remove && traditional == null && taiwan == null && hongkong == null) {
            throw new IllegalArgumentException("give --traditional, --taiwan or --hongkong, or --remove");
        }
        try (EditLock lock = EditLock.acquire(targetFile(glossaryFile, "glossary override"))) {
            Target target = target(glossaryFile, "glossary override");
            Glossary glossary = target.combined();
            boolean known = glossary.entries().stream().anyMatch(e -> e.zhTerm(form).isPresent());
            if (!known && en != null && !remove) {
                GlossaryEntry entry = new GlossaryEntry(GlossaryEntry.idFor(TermType.TERM, en), TermType.TERM,
                        List.of(Term.preferred(form)), List.of(Term.preferred(en.strip())), null, null);
                GlossaryEditor.Edit added = GlossaryEditor.add(glossary, entry);
                if (!added.accepted()) {
                    save(target.file(), added, entry.id());
                }
                glossary = added.glossary();
            }
            GlossaryEditor.Edit edit = remove ? GlossaryEditor.override(glossary, form, "", "", "")
                    : GlossaryEditor.override(glossary, form, traditional, taiwan, hongkong);
            target.save(edit, null);
            say(context, (remove ? "removed the overrides of " : "fixed ") + form + " in " + target.file());
        }
    }

    @Command(name = {"glossary", "suggest"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Propose names and terms the glossary lacks, mined from a stored alignment; accept them",
            help = """
                    glossary suggest NAME [--limit N] [--accept S1 S3…] [--accept-all [--min-confidence X]]
                                          [--glossary FILE]
                    Reads aligned/NAME.json and proposes entries the glossary lacks: Latin words the
                    Chinese keeps (Azure), transliterated names (纳德拉, Nadella), terms the pairs keep
                    translating the same way (缩放定律, scaling laws); new forms of an entry are proposed
                    as its variants. Each: id, confidence, type, both forms, pairs, two example pairs.
                      --limit           show at most N (default: all)
                      --accept          add these suggestions (repeatable; the ids shown before)
                      --accept-all      add every suggestion at --min-confidence or above (default 0.5)
                    Accepted entries are marked unreviewed, with the alignment and pairs as source:
                    glossary list --unreviewed; glossary edit ID --reviewed once checked.""")
    public void suggest(
            @Option(longName = "limit", description = "show at most N") Integer limit,
            @Option(longName = "accept", description = "suggestion to add (repeatable)") String accept,
            @Option(longName = "accept-all", description = "add every suggestion above --min-confidence")
            boolean acceptAll,
            @Option(longName = "min-confidence", description = "with --accept-all (default 0.5)") Double minConfidence,
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) {
        List<String> accepting = new ArrayList<>(values(context, "accept"));
        if (words != null && words.size() > 1 && !accepting.isEmpty()) {
            accepting.addAll(words.subList(1, words.size())); // --accept S1 S3: the shell sees S3 as a word
        }
        String name = theId(words == null || accepting.isEmpty() ? words : words.subList(0, 1), "suggest");
        AlignmentFile alignment = Workspace.current().store().load(name);
        // A --glossary FILE that does not exist yet is an empty glossary to start: suggest may create it.
        Glossary known = glossaryFile != null && !"none".equals(glossaryFile) && !Files.exists(Path.of(glossaryFile))
                ? GlossaryFile.loadOrEmpty(Path.of(glossaryFile)) : reading(glossaryFile).glossary();
        List<Suggestion> suggestions = new TermSuggester(known).suggest(alignment);
        List<String> wanted = accepting.stream().flatMap(v -> List.of(v.split("[,\\s]+")).stream())
                .filter(v -> !v.isBlank()).map(v -> v.toUpperCase(Locale.ROOT)).toList();
        PrintWriter out = context.outputWriter();
        if (!acceptAll && wanted.isEmpty()) {
            int shown = limit == null ? suggestions.size() : Math.min(Math.max(0, limit), suggestions.size());
            for (Suggestion s : suggestions.subList(0, shown)) {
                out.println(describe(s));
            }
            out.printf(Locale.ROOT, "%d suggestions from aligned/%s.json%s%n", suggestions.size(), name,
                    suggestions.isEmpty() ? "" : "; add them with: glossary suggest " + name + " --accept S1 …");
            out.flush();
            return;
        }
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
            throw new IllegalArgumentException("--min-confidence takes a number from 0 to 1, not " + minConfidence);
        }
        double floor = minConfidence == null ? TermSuggester.MIN_CONFIDENCE : minConfidence;
        List<Suggestion> accepted = new ArrayList<>();
        for (String id : wanted) {
            accepted.add(suggestions.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                    new BadInputException(alignment.name() + ": no suggestion " + id + " (there are "
                            + suggestions.size() + "; list them with: glossary suggest " + name + ")")));
        }
        if (acceptAll) {
            suggestions.stream().filter(s -> s.confidence() >= floor && !accepted.contains(s)).forEach(accepted::add);
        }
        SuggestionAcceptance.Outcome outcome;
        Path file;
        try (EditLock lock = EditLock.acquire(targetFile(glossaryFile, "glossary suggest"))) {
            Target target = target(glossaryFile, "glossary suggest");
            file = target.file();
            outcome = SuggestionAcceptance.accept(target.combined(), accepted, name);
            if (!outcome.added().isEmpty()) {
                target.save(new GlossaryEditor.Edit(outcome.glossary(), null, List.of()), null);
            }
        }
        outcome.skipped().forEach(line -> out.println("skipped " + line));
        out.printf(Locale.ROOT, "added %d of %d suggestions to %s, marked unreviewed (glossary list --unreviewed)%n",
                outcome.added().size(), accepted.size(), file);
        out.flush();
    }

    /** One suggestion on one line: id, confidence, type, forms, evidence, support and examples. */
    private static String describe(Suggestion s) {
        return String.format(Locale.ROOT, "%-4s %.2f  %-12s %s ↔ %s  (%s; %d pairs: %s)%s", s.id(), s.confidence(),
                s.type().label(), String.join(" | ", s.zh()), String.join(" | ", s.en()), s.kind().label(), s.support(),
                String.join(", ", s.examples()), s.variantOf() == null ? "" : "  variant of " + s.variantOf());
    }

    @Command(name = {"glossary", "check"}, group = GROUP, exitStatusExceptionMapper = ShellConfiguration.FAILURES,
            description = "Check an article against the glossary: terms used, deprecated and inconsistent forms",
            help = """
                    glossary check FILE [--glossary FILE]
                    Lists the glossary entries the article uses and in which forms (any script), then
                    the findings: deprecated forms, one entity spelled two ways, and Latin-script names
                    the glossary has no entry for.""")
    public void check(
            @Option(longName = "glossary", shortName = 'g', description = GLOSSARY_HELP) String glossaryFile,
            @Arguments List<String> words,
            CommandContext context) {
        Path article = Path.of(theId(words, "check"));
        String text = TextDecoder.read(requireFile(article)).text();
        Glossary glossary = reading(glossaryFile).glossary();
        ArticleCheck.Report report = new ArticleCheck(glossary, new GlossaryMatcher(glossary)).check(text);
        PrintWriter out = context.outputWriter();
        out.print(article + ": " + report.toText());
        out.flush();
    }

    private static Path requireFile(Path file) {
        TextDecoder.requireReadableFile(file);
        return file;
    }

    /** One line of output. */
    private static void say(CommandContext context, String line) {
        PrintWriter out = context.outputWriter();
        out.println(line);
        out.flush();
    }

    /** A glossary to read, and its name for messages. */
    private record Reading(Glossary glossary, Path label) {
    }

    private static Reading reading(String glossaryFile) {
        GlossaryInUse inUse = GlossaryInUse.resolve(glossaryFile);
        if (inUse == null) {
            throw new IllegalArgumentException("--glossary none: this command needs a glossary");
        }
        return new Reading(inUse.load(), Path.of(inUse.label()));
    }

    /**
     * The glossary a change is written to: the file given as {@code --glossary}, or the workspace's
     * own glossary, whose entries lie over the read-only shipped ones ({@code base}).
     */
    private record Target(Path file, Glossary own, Glossary base) {

        /** What the change is checked against: the file, or the shipped glossary with the user's over it. */
        Glossary combined() {
            return base == null ? own : GlossaryInUse.layer(base, own);
        }

        /** Writes an accepted change: over the shipped glossary, only the entries that differ from it. */
        void save(GlossaryEditor.Edit edit, String changedId) {
            GlossaryCommands.save(file, edit, changedId);
            Glossary result = edit.glossary();
            if (base != null) {
                // One map and one new glossary: Glossary.with per entry copied and sorted the whole
                // glossary each time, so a 30,000-row import into a workspace took minutes (quadratic).
                Map<String, GlossaryEntry> mine = new LinkedHashMap<>();
                own.entries().forEach(entry -> mine.putIfAbsent(entry.id(), entry));
                for (GlossaryEntry entry : result.entries()) {
                    if (!base.entry(entry.id()).equals(java.util.Optional.of(entry))) {
                        mine.put(entry.id(), entry);
                    }
                }
                for (GlossaryEntry entry : own.entries()) {
                    if (result.entry(entry.id()).isEmpty()) {
                        mine.remove(entry.id());
                    }
                }
                result = new Glossary(own.name(), own.licence(), new ArrayList<>(mine.values()));
            }
            GlossaryFile.save(file, result);
        }
    }

    /** The file a change goes to, to lock before {@link #target} reads it. */
    private static Path targetFile(String glossaryFile, String command) {
        return glossaryFile != null ? Path.of(glossaryFile) : Workspace.current().userGlossaryForWriting(command);
    }

    private static Target target(String glossaryFile, String command) {
        if (glossaryFile != null) {
            Path file = Path.of(glossaryFile);
            // add, import, override and suggest may start a glossary; edit and remove need one
            boolean mayStart = command.endsWith("add") || command.endsWith("import") || command.endsWith("override")
                    || command.endsWith("suggest");
            return new Target(file, mayStart ? GlossaryFile.loadOrEmpty(file) : GlossaryFile.load(file), null);
        }
        Path file = Workspace.current().userGlossaryForWriting(command);
        return new Target(file, GlossaryFile.loadOrEmpty(file), GlossaryInUse.shipped());
    }

    /** Every value of an option given several times ({@code --zh-variant A --zh-variant B}). */
    private static List<String> values(CommandContext context, String longName) {
        return context.parsedInput().options().stream().filter(o -> longName.equals(o.longName()))
                .map(CommandOption::value).toList();
    }

    /** The one positional word a command takes: an id or a file. */
    private static String theId(List<String> words, String command) {
        if (words == null || words.size() != 1) {
            throw new IllegalArgumentException("'glossary " + command + "' takes one "
                    + (List.of("import", "export", "check").contains(command) ? "file"
                            : command.equals("suggest") ? "alignment name" : "entry id")
                    + (words == null || words.isEmpty() ? "" : ", not " + words.size() + " words"));
        }
        return words.get(0);
    }

    /**
     * Saves a change the editor accepted; a refused or invalid one becomes one error, and nothing is
     * written.
     */
    private static void save(Path file, GlossaryEditor.Edit edit, String changedId) {
        if (edit.refusal() != null) {
            throw new BadInputException(file, edit.refusal());
        }
        if (!edit.problems().isEmpty()) {
            throw new BadInputException(file, (changedId == null ? "not saved: " : "not saved, " + changedId + ": ")
                    + String.join("; ", edit.problems()));
        }
    }
}
