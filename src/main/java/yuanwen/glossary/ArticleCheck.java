package yuanwen.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glossary's QA report on one Chinese article (any script): which entries occur and in which
 * forms, deprecated forms used (贝佐斯 where 贝索斯 is standard), one entity spelled two ways in
 * the same article (埃隆 and 伊隆; 必应 and Bing), and Latin-script names that have no entry.
 */
public final class ArticleCheck {

    /**
     * The forms of one entry found in the article.
     *
     * @param counts each glossary form found, with how often, in order of first occurrence
     * @param lines  1-based line of each form's first occurrence
     * @param inside forms seen only as part of another entry's form, with that form (贝佐斯 in
     *               贝佐斯地球基金): they count for spelling consistency, not as deprecated uses
     */
    public record Usage(GlossaryEntry entry, Map<String, Integer> counts, Map<String, Integer> lines,
                        Map<String, String> inside) {

        /** {@code 贝佐斯 ×2 (deprecated, inside 贝佐斯地球基金)}. */
        public String describe(String form) {
            List<String> notes = new ArrayList<>();
            if (status(form) != TermStatus.PREFERRED) {
                notes.add(status(form).label());
            }
            if (inside.containsKey(form)) {
                notes.add("inside " + inside.get(form));
            }
            return form + " ×" + counts.get(form) + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
        }

        public TermStatus status(String form) {
            return entry.allTerms().filter(t -> t.form().equals(form)).findFirst().map(Term::status)
                    .orElse(TermStatus.ADMITTED);
        }
    }

    /** What kind of problem a finding is. */
    public enum Kind {
        /** A form the glossary marks deprecated. */
        DEPRECATED,
        /** Two forms of one entry that spell the same thing differently. */
        TWO_SPELLINGS,
        /** A Latin-script name that no entry knows. */
        NO_ENTRY
    }

    /** One problem: its kind, the entry (null for {@link Kind#NO_ENTRY}) and a sentence for the user. */
    public record Finding(Kind kind, String entryId, String message) {
    }

    /** The whole report. */
    public record Report(List<Usage> usages, List<Finding> findings) {

        /** The report as lines for the user: entries and their forms, then the findings. */
        public String toText() {
            StringBuilder out = new StringBuilder();
            out.append(usages.size()).append(usages.size() == 1 ? " glossary entry, " : " glossary entries, ")
                    .append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append('\n');
            for (Usage usage : usages) {
                out.append("  ").append(usage.entry().id()).append(": ");
                List<String> parts = new ArrayList<>();
                usage.counts().forEach((form, count) -> parts.add(usage.describe(form)));
                out.append(String.join(", ", parts)).append('\n');
            }
            for (Finding finding : findings) {
                out.append(finding.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .append(": ").append(finding.message()).append('\n');
            }
            return out.toString();
        }
    }

    /** Runs of capitalised Latin words: a name such as Kara Swisher, GPT-4o or DealBook. */
    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?<![A-Za-z0-9_./@-])[A-Z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*(?:[ .][A-Z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*)*");
    /** Where Latin words are not names: links, image paths, e-mail addresses, HTML tags, shortcodes. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "(?:https?|ftp)://\\S+|www\\.\\S+|\\]\\([^)]*\\)|[\\w.+-]+@[\\w.-]+|</?[A-Za-z][^>]*>|\\{\\{[^}]*}}"
                    + "|(?m)^[a-z_]+:.*$");

    private final Glossary glossary;
    private final GlossaryMatcher matcher;

    public ArticleCheck(Glossary glossary, GlossaryMatcher matcher) {
        this.glossary = glossary;
        this.matcher = matcher;
    }

    public Report check(String text) {
        List<TermMatch> matches = matcher.findChinese(text);
        int[] lineStarts = lineStarts(text);
        Map<String, Usage> usages = new LinkedHashMap<>();
        for (TermMatch m : matches) {
            usage(usages, m.entryId()).counts().merge(m.form(), 1, Integer::sum);
            usage(usages, m.entryId()).lines().putIfAbsent(m.form(), line(lineStarts, m.start()));
        }
        formsInsideOthers(matches, lineStarts, usages);
        List<Finding> findings = new ArrayList<>();
        for (Usage usage : usages.values()) {
            deprecated(usage, findings);
            twoSpellings(usage, findings);
        }
        unknownLatinNames(text, matches, findings);
        return new Report(List.copyOf(usages.values()), findings);
    }

    private Usage usage(Map<String, Usage> usages, String id) {
        return usages.computeIfAbsent(id, key -> new Usage(glossary.entry(key).orElseThrow(),
                new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>()));
    }

    /**
     * Forms of the article's entries that occur inside another entry's match: the longest match
     * hides them (贝佐斯地球基金 hides 贝佐斯), but they show how the article spells the name. Latin
     * forms are left out: Microsoft in Microsoft 365 is how the product is named, not a spelling.
     */
    private void formsInsideOthers(List<TermMatch> matches, int[] lineStarts, Map<String, Usage> usages) {
        for (TermMatch m : matches) {
            for (Usage usage : List.copyOf(usages.values())) {
                if (usage.entry().id().equals(m.entryId())) {
                    continue;
                }
                for (Term term : usage.entry().zh()) {
                    String form = term.form();
                    if (!isLatin(form) && m.form().length() > form.length() && m.form().contains(form)
                            && (!usage.counts().containsKey(form) || usage.inside().containsKey(form))) {
                        usage.counts().merge(form, 1, Integer::sum);
                        usage.lines().putIfAbsent(form, line(lineStarts, m.start()));
                        usage.inside().putIfAbsent(form, m.form());
                    }
                }
            }
        }
    }

    private static void deprecated(Usage usage, List<Finding> findings) {
        usage.counts().forEach((form, count) -> {
            if (usage.status(form) == TermStatus.DEPRECATED && !usage.inside().containsKey(form)) {
                findings.add(new Finding(Kind.DEPRECATED, usage.entry().id(), usage.entry().id() + ": " + form
                        + " ×" + count + " (first on line " + usage.lines().get(form) + "); the glossary prefers "
                        + usage.entry().preferredZh()));
            }
        });
    }

    /**
     * Two forms spell the same thing differently when neither contains the other (杰夫·贝索斯 and
     * 贝索斯 are the full name and its short form) and they either share a character (贝索斯,
     * 贝佐斯; 埃隆, 伊隆) or, for names, are in different scripts (必应, Bing). Forms with nothing in
     * common are different parts of a name (埃隆, 马斯克); a term and its Latin abbreviation (人工智能,
     * AI) are how Chinese writes terms, not an inconsistency.
     */
    private static void twoSpellings(Usage usage, List<Finding> findings) {
        TermType type = usage.entry().type();
        boolean name = type != TermType.TERM && type != TermType.TITLE;
        List<String> forms = new ArrayList<>(usage.counts().keySet());
        java.util.Set<String> involved = new java.util.LinkedHashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                String a = forms.get(i);
                String b = forms.get(j);
                if (!a.contains(b) && !b.contains(a) && ((name && isLatin(a) != isLatin(b)) || shareACharacter(a, b))) {
                    involved.add(a);
                    involved.add(b);
                }
            }
        }
        if (!involved.isEmpty()) {
            List<String> parts = new ArrayList<>();
            forms.stream().filter(involved::contains)
                    .forEach(f -> parts.add(usage.describe(f) + " line " + usage.lines().get(f)));
            findings.add(new Finding(Kind.TWO_SPELLINGS, usage.entry().id(),
                    usage.entry().id() + ": " + String.join("; ", parts)));
        }
    }

    private static boolean isLatin(String form) {
        return form.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
    }

    private static boolean shareACharacter(String a, String b) {
        return a.codePoints().filter(c -> c != '·' && !Character.isWhitespace(c)).anyMatch(c -> b.indexOf(c) >= 0);
    }

    private void unknownLatinNames(String text, List<TermMatch> matches, List<Finding> findings) {
        boolean[] known = new boolean[text.length()];
        for (TermMatch m : matches) {
            java.util.Arrays.fill(known, m.start(), m.end(), true);
        }
        Matcher notProse = NOT_PROSE.matcher(text);
        while (notProse.find()) {
            java.util.Arrays.fill(known, notProse.start(), notProse.end(), true);
        }
        Map<String, Integer> counts = new TreeMap<>();
        Matcher name = LATIN_NAME.matcher(text);
        while (name.find()) {
            String found = name.group().replaceAll("[ .]+$", "");
            if (found.length() < 2 || known[name.start()] || !matcher.findEnglish(found).isEmpty()) {
                continue;
            }
            counts.merge(found, 1, Integer::sum);
        }
        if (!counts.isEmpty()) {
            List<String> parts = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> parts.add(e.getKey() + " ×" + e.getValue()));
            findings.add(new Finding(Kind.NO_ENTRY, null, counts.size() + " Latin-script names without an entry: "
                    + String.join(", ", parts)));
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int line(int[] lineStarts, int offset) {
        int at = java.util.Arrays.binarySearch(lineStarts, offset);
        return (at >= 0 ? at : -at - 2) + 1;
    }
}
