package yuanwen.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What makes a glossary wrong, all of it at once so that one run shows every fix to make: duplicate
 * ids, entries without exactly one preferred form per language, empty or repeated forms, and a
 * Chinese form given to two entries without a note that says why (a note that names the form or
 * the other entry's id counts; 比尔 is Bill Gurley or Bill Gates in seed 003).
 */
final class GlossaryValidator {

    private GlossaryValidator() {
    }

    /** The documented id format: the type's label, a dot, the name in kebab case (glossary/README.md). */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(
            "(person|organisation|product|place|title|term)\\.[a-z0-9][a-z0-9._-]*");

    /** One line per problem, {@code entry ID: problem}, in entry order. */
    static List<String> problems(Glossary glossary) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (GlossaryEntry entry : glossary.entries()) {
            String where = "entry " + entry.id() + ": ";
            if (!ids.add(entry.id())) {
                problems.add(where + "duplicate id");
            }
            if (entry.id().isBlank() || !entry.id().equals(entry.id().strip()) || entry.id().contains(" ")) {
                problems.add(where + "an id must be one word, e.g. " + GlossaryEntry.idFor(entry.type(),
                        entry.preferredEn()));
            } else if (!ID.matcher(entry.id()).matches()) {
                problems.add(where + "an id is TYPE.name in lower-case letters, digits, '.', '-' or '_' (the documented "
                        + "format), e.g. " + GlossaryEntry.idFor(entry.type(), entry.preferredEn()));
            }
            forms(entry.zh(), "zh", where, problems);
            forms(entry.en(), "en", where, problems);
        }
        sharedChineseForms(glossary, problems);
        return problems;
    }

    /** Checks the forms of one language of one entry. */
    private static void forms(List<Term> terms, String language, String where, List<String> problems) {
        if (terms.isEmpty()) {
            problems.add(where + "no " + language + " forms");
            return;
        }
        long preferred = terms.stream().filter(Term::isPreferred).count();
        if (preferred != 1) {
            problems.add(where + (preferred == 0 ? "no preferred " + language + " form"
                    : preferred + " preferred " + language + " forms; one must be preferred, the others admitted"));
        }
        Set<String> seen = new HashSet<>();
        for (Term term : terms) {
            String form = term.form();
            if (form.isBlank()) {
                problems.add(where + "empty " + language + " form");
                continue;
            }
            if (form.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029)) {
                problems.add(where + language + " form '" + form.replaceAll("[\\p{Cc}\u2028\u2029]+", " ")
                        + "' holds a line break or control character (one form is one line)");
                continue;
            }
            if (!form.equals(form.strip())) {
                problems.add(where + language + " form '" + form + "' has spaces around it");
            }
            if (!seen.add(form)) {
                problems.add(where + language + " form '" + form + "' given twice");
            }
            for (String override : new String[]{term.traditional(), term.taiwan(), term.hongkong()}) {
                if (override != null && override.isBlank()) {
                    problems.add(where + language + " form '" + form + "' has an empty script override");
                }
            }
        }
    }

    private static void sharedChineseForms(Glossary glossary, List<String> problems) {
        Map<String, List<GlossaryEntry>> owners = new LinkedHashMap<>();
        for (GlossaryEntry entry : glossary.entries()) {
            Set<String> own = new HashSet<>();
            for (Term term : entry.zh()) {
                String key = key(term.form());
                if (!key.isEmpty() && own.add(key)) {
                    owners.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
                }
            }
        }
        Map<String, Boolean> reported = new HashMap<>();
        owners.forEach((form, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                for (int j = i + 1; j < entries.size(); j++) {
                    GlossaryEntry a = entries.get(i);
                    GlossaryEntry b = entries.get(j);
                    if (!explains(a, b, form) && !explains(b, a, form)
                            && reported.put(a.id() + " " + b.id() + " " + form, true) == null) {
                        problems.add("entry " + b.id() + ": zh form '" + form + "' also belongs to " + a.id()
                                + "; remove it from one, or say in a note why both use it");
                    }
                }
            }
        });
    }

    /** Whether {@code entry}'s note names the shared form or the other entry. */
    private static boolean explains(GlossaryEntry entry, GlossaryEntry other, String form) {
        String note = entry.note();
        return note != null && (note.toLowerCase(Locale.ROOT).contains(form) || note.contains(other.id()));
    }

    /** Chinese forms are compared as the matcher sees them: Latin letters in any case. */
    static String key(String form) {
        return form.strip().toLowerCase(Locale.ROOT);
    }
}
