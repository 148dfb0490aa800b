package yuanwen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import yuanwen.SharedData;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.Term;
import yuanwen.mining.Suggestion;
import yuanwen.mining.TermSuggester;
import yuanwen.review.AlignRun;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptConverter;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;

/**
 * Glossary suggestions measured against the shipped glossary as gold (issue 14's bar): seed 003 with
 * the Nadella transcript and the two pairs of {@code ../shared/data/pairs/} (Jobs: the Chinese with
 * Stanford's printed text, which it was translated from; Munger) are aligned <b>without a glossary</b>,
 * and {@link TermSuggester} mines each with an empty glossary. Per pair:
 * <ul>
 * <li><b>precision of the top 30</b>: a suggestion is right when every Chinese and English form it
 * has is a form of one shipped entry (case aside), or when {@code checked-suggestions.tsv} (beside
 * this class in the test resources: Chinese, English, right|wrong, why) says so; suggestions neither
 * decides are printed as {@code unjudged} and counted wrong;</li>
 * <li><b>recall</b>: of the shipped entries with a Chinese form and an English form in the same pair
 * at least twice, how many some suggestion names (a Chinese form and an English form of the entry
 * among its forms), over all suggestions shown and over those at confidence ≥ 0.6.</li>
 * </ul>
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.SuggestionBenchmark</pre>
 * {@code -Dsuggest.list=true} prints every top-30 suggestion with its verdict, and the gold entries
 * not suggested. The alignments are written to a temporary folder and deleted;
 * {@code -Dsuggest.aligned=DIR} keeps them in DIR instead and mines the ones already there without
 * aligning again (for working on the miner: delete DIR when the aligner changes); with
 * {@code -Dsuggest.list=true}, {@code -Dsuggest.why=中文/english,…} says why the miner did not propose
 * those forms ({@code 中文/*}: with any English), and {@code -Dsuggest.below=true} lists the forms the miner
 * took but did not show, for their confidence.
 */
public final class SuggestionBenchmark {

    private static final int TOP = 30;
    private static final double HIGH = 0.6;
    private static final Pattern LATIN = Pattern.compile(".*[A-Za-z].*");

    private SuggestionBenchmark() {
    }

    /** One real pair: the article, the English, the name. */
    record Case(String name, Path zh, Path en) {
    }

    static List<Case> cases() {
        Path shared = SharedData.location();
        return List.of(
                new Case("nadella", shared.resolve("seeds/003_e3234adf6918a1eb.txt"),
                        shared.resolve("data/transcripts/nadella-bg2-2024-12.en.txt")),
                new Case("jobs", shared.resolve("data/pairs/jobs-stanford-2005/zh.txt"),
                        shared.resolve("data/pairs/jobs-stanford-2005/en-printed.txt")),
                new Case("munger", shared.resolve("data/pairs/munger-caltech-2020/zh.txt"),
                        shared.resolve("data/pairs/munger-caltech-2020/en.txt")));
    }

    public static void main(String[] args) throws IOException {
        if (!SharedData.present()) {
            System.out.println("suggestion benchmark skipped: ../shared not found at " + SharedData.location());
            return;
        }
        boolean list = Boolean.getBoolean("suggest.list");
        Glossary gold = GlossaryFile.load(GlossaryFile.DEFAULT);
        Map<String, String> checked = checked();
        String keep = System.getProperty("suggest.aligned");
        Path folder = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("yuanwen-suggest");
        AlignedStore store = new AlignedStore(folder);
        try {
            for (Case c : cases()) {
                AlignmentFile aligned = keep != null && store.exists(c.name()) ? store.load(c.name())
                        : new AlignRun(store).run(new AlignRun.Request(c.zh(), c.en(), c.name(), false, null),
                                stage -> { }).document();
                Map<String, String> why = new HashMap<>();
                List<Suggestion> suggestions = new TermSuggester(Glossary.empty(), why::putIfAbsent).suggest(aligned);
                int right = 0;
                int top = Math.min(TOP, suggestions.size());
                for (Suggestion s : suggestions.subList(0, top)) {
                    String verdict = verdict(s, gold, checked);
                    if (verdict.startsWith("right")) {
                        right++;
                    }
                    if (list) {
                        System.out.printf(Locale.ROOT, "  %-4s %.2f %-16s %-30s %-30s %d  %s%n", s.id(), s.confidence(),
                                s.kind().label(), String.join(" | ", s.zh()), String.join(" | ", s.en()), s.support(),
                                verdict);
                    }
                }
                List<GlossaryEntry> wanted = goldEntries(aligned, gold);
                int found = 0;
                int foundHigh = 0;
                List<String> missed = new ArrayList<>();
                for (GlossaryEntry entry : wanted) {
                    boolean any = suggestions.stream().anyMatch(s -> names(s, entry));
                    boolean high = suggestions.stream().anyMatch(s -> s.confidence() >= HIGH && names(s, entry));
                    found += any ? 1 : 0;
                    foundHigh += high ? 1 : 0;
                    if (!any) {
                        missed.add(entry.id() + (list ? " (" + whyNot(entry, why) + ")" : ""));
                    }
                }
                if (list && suggestions.size() > top) {
                    System.out.println("  below the top " + TOP + ":");
                    for (Suggestion s : suggestions.subList(top, suggestions.size())) {
                        System.out.printf(Locale.ROOT, "  %-4s %.2f %-16s %-30s %-30s %d  %s%n", s.id(), s.confidence(),
                                s.kind().label(), String.join(" | ", s.zh()), String.join(" | ", s.en()), s.support(),
                                verdict(s, gold, checked));
                    }
                }
                if (list && Boolean.getBoolean("suggest.below")) {
                    System.out.println("  below the confidence shown:");
                    why.entrySet().stream().filter(w -> w.getValue().startsWith("confidence"))
                            .sorted(Map.Entry.<String, String>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                            .forEach(w -> System.out.println("    " + w.getKey().replace('\t', '/') + ": " + w.getValue()));
                }
                for (String forms : System.getProperty("suggest.why", "").split(",")) {
                    if (!forms.isBlank()) {
                        String key = forms.replace('/', '\t').toLowerCase(Locale.ROOT);
                        if (key.endsWith("\t*")) {
                            String zh = key.substring(0, key.length() - 1);
                            why.entrySet().stream().filter(w -> w.getKey().toLowerCase(Locale.ROOT).startsWith(zh)).sorted(Map.Entry.comparingByKey())
                                    .forEach(w -> System.out.println("  why not " + w.getKey() + ": " + w.getValue()));
                        } else {
                            System.out.println("  why not " + forms + ": " + why.getOrDefault(key, "not scored"));
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%-8s %4d pairs, %3d suggestions: top %d right %d (%.1f%%); gold entries "
                                + "(≥ 2 pairs) %d, suggested %d (%.1f%%), at confidence ≥ %.1f %d (%.1f%%)%n", c.name(),
                        aligned.links().size(), suggestions.size(), top, right, 100.0 * right / Math.max(1, top),
                        wanted.size(), found, 100.0 * found / Math.max(1, wanted.size()), HIGH, foundHigh,
                        100.0 * foundHigh / Math.max(1, wanted.size()));
                if (list && !missed.isEmpty()) {
                    System.out.println("  not suggested:\n    " + String.join("\n    ", missed));
                }
            }
        } finally {
            if (keep == null) {
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** right (glossary), right (checked), wrong (checked) or unjudged. */
    static String verdict(Suggestion s, Glossary gold, Map<String, String> checked) {
        for (GlossaryEntry entry : gold.entries()) {
            if (s.zh().stream().allMatch(z -> has(entry.zh(), z)) && s.en().stream().allMatch(e -> has(entry.en(), e))) {
                return "right (glossary " + entry.id() + ")";
            }
        }
        String judged = checked.get(s.preferredZh() + "\t" + s.preferredEn().toLowerCase(Locale.ROOT));
        return judged == null ? "unjudged" : judged + " (checked)";
    }

    /** Why the miner did not propose the entry's forms, as it told: per Chinese and English form it scored. */
    private static String whyNot(GlossaryEntry entry, Map<String, String> why) {
        List<String> reasons = new ArrayList<>();
        for (Term z : entry.zh()) {
            for (Term e : entry.en()) {
                String en = e.form().toLowerCase(Locale.ROOT);
                String reason = why.getOrDefault(z.form() + "\t" + en, why.get(z.form()) != null ? why.get(z.form())
                        : why.get(en));
                if (reason != null) {
                    reasons.add(z.form() + " / " + e.form() + ": " + reason);
                }
            }
        }
        return reasons.isEmpty() ? "not scored: not candidates, or together in fewer than two pairs"
                : String.join("; ", reasons);
    }

    /** Whether a suggestion names the entry: one of its Chinese and one of its English forms are the entry's. */
    static boolean names(Suggestion s, GlossaryEntry entry) {
        return s.zh().stream().anyMatch(z -> has(entry.zh(), z)) && s.en().stream().anyMatch(e -> has(entry.en(), e));
    }

    private static boolean has(List<Term> terms, String form) {
        return terms.stream().anyMatch(t -> t.form().equalsIgnoreCase(form));
    }

    /** The shipped entries with a Chinese and an English form in the same pair at least twice. */
    static List<GlossaryEntry> goldEntries(AlignmentFile aligned, Glossary gold) {
        ScriptConverter tw2sp = Conversions.standard().get("tw2sp");
        List<String[]> pairs = new ArrayList<>();
        for (AlignmentFile.Link link : aligned.links()) {
            pairs.add(new String[] {tw2sp.convert(aligned.zhSpan(link).text()), aligned.enSpan(link).text()});
        }
        Map<String, Pattern> patterns = new HashMap<>();
        List<GlossaryEntry> wanted = new ArrayList<>();
        for (GlossaryEntry entry : gold.entries()) {
            int both = 0;
            for (String[] pair : pairs) {
                if (entry.zh().stream().anyMatch(t -> occurs(t.form(), pair[0], patterns))
                        && entry.en().stream().anyMatch(t -> occurs(t.form(), pair[1], patterns))) {
                    both++;
                }
            }
            if (both >= 2) {
                wanted.add(entry);
            }
        }
        return wanted;
    }

    /** Latin forms as whole words, case aside; Chinese forms as substrings. */
    private static boolean occurs(String form, String text, Map<String, Pattern> patterns) {
        if (!LATIN.matcher(form).matches()) {
            return text.contains(form);
        }
        return patterns.computeIfAbsent(form, f -> Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(f)
                + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE)).matcher(text).find();
    }

    /** The hand-checked verdicts: {@code 中文<TAB>english<TAB>right|wrong<TAB>why}, by Chinese and lower-case English. */
    static Map<String, String> checked() {
        Map<String, String> verdicts = new LinkedHashMap<>();
        try (var in = SuggestionBenchmark.class.getResourceAsStream("checked-suggestions.tsv")) {
            if (in == null) {
                return verdicts;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                verdicts.put(f[0] + "\t" + f[1].toLowerCase(Locale.ROOT), f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return verdicts;
    }
}
