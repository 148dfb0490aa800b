package yuanwen.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules for changing a glossary: what an added entry may not share with the others, what
 * preferring, admitting, deprecating and removing a form mean, and how a termbase is merged in. Each
 * change returns an {@link Edit}: the changed glossary, or why it was refused (the glossary is then
 * the one given, unchanged). Nothing here reads or writes files.
 */
public final class GlossaryEditor {

    /**
     * The outcome of one change.
     *
     * @param glossary the changed glossary; the unchanged one when the change was refused
     * @param refusal  the rule that refused the change, as one line naming the entry and what to do
     *                 instead; null when no rule refused it
     * @param problems what {@link Glossary#problems()} finds wrong with the changed glossary; empty when
     *                 it is valid (a refused change is not validated)
     */
    public record Edit(Glossary glossary, String refusal, List<String> problems) {

        public Edit {
            problems = List.copyOf(problems);
        }

        /** Whether the change may be kept: no rule refused it and the result is valid. */
        public boolean accepted() {
            return refusal == null && problems.isEmpty();
        }

        private static Edit refused(Glossary unchanged, String why) {
            return new Edit(unchanged, why, List.of());
        }

        private static Edit validated(Glossary unchanged, Glossary changed) {
            List<String> problems = changed.problems();
            return new Edit(problems.isEmpty() ? changed : unchanged, null, problems);
        }
    }

    /**
     * What {@code glossary edit} changes in one entry, applied in this order: forms added (as admitted
     * variants), forms removed (from either language), the preferred form (the former one becomes
     * admitted), forms admitted, forms deprecated, then type, note and source.
     *
     * @param addZh     Chinese forms to add
     * @param addEn     English forms to add
     * @param remove    forms to remove, in either language
     * @param prefer    the form to make preferred in its language, or null
     * @param admit     forms to mark admitted
     * @param deprecate forms to mark deprecated
     * @param type      the new type's label as {@link TermType#parse} reads it, or null to keep the type;
     *                  an unknown label is a usage error, thrown after the entry and its forms are found
     * @param note      the new note, blank to remove it, null to keep it
     * @param source    the new source, blank to remove it, null to keep it
     */
    public record Changes(List<String> addZh, List<String> addEn, List<String> remove, String prefer,
                          List<String> admit, List<String> deprecate, String type, String note, String source) {

        public Changes {
            addZh = List.copyOf(addZh);
            addEn = List.copyOf(addEn);
            remove = List.copyOf(remove);
            admit = List.copyOf(admit);
            deprecate = List.copyOf(deprecate);
        }
    }

    /**
     * The outcome of an import.
     *
     * @param edit         the merged glossary, or why nothing was imported
     * @param alreadyThere how many imported entries the glossary already had exactly
     */
    public record Import(Edit edit, int alreadyThere) {
    }

    private GlossaryEditor() {
    }

    /**
     * Adds a new entry. Refused when its id is taken, when an entry of the same type already has its
     * preferred English form (in any case), or when it shares a Chinese form with another entry and its
     * own note does not say why (name the form or the other entry): an old note that happens to mention
     * the form is not a reason.
     */
    public static Edit add(Glossary glossary, GlossaryEntry entry) {
        if (glossary.entry(entry.id()).isPresent()) {
            return Edit.refused(glossary, "entry " + entry.id() + " already exists; change it with 'glossary edit "
                    + entry.id() + "' or give another --id");
        }
        Optional<GlossaryEntry> same = glossary.entries().stream().filter(e -> e.type() == entry.type()
                && e.preferredEn().equalsIgnoreCase(entry.preferredEn())).findFirst();
        if (same.isPresent()) {
            return Edit.refused(glossary, "'" + entry.preferredEn() + "' is already entry " + same.get().id()
                    + "; add variants to it with 'glossary edit " + same.get().id() + "'");
        }
        String note = entry.note() == null ? "" : entry.note();
        for (Term term : entry.zh()) {
            for (GlossaryEntry other : glossary.entries()) {
                if (other.zh().stream().anyMatch(t -> t.form().equalsIgnoreCase(term.form()))
                        && !note.contains(term.form()) && !note.contains(other.id())) {
                    return Edit.refused(glossary, "'" + term.form() + "' is already a form of entry " + other.id()
                            + "; add to that entry with 'glossary edit " + other.id()
                            + "', or say in --note why both entries use it");
                }
            }
        }
        return Edit.validated(glossary, glossary.with(entry));
    }

    /**
     * Changes the entry {@code id}; refused when there is no such entry or a named form is not in it.
     *
     * @throws IllegalArgumentException for a type label that names no type
     */
    public static Edit edit(Glossary glossary, String id, Changes changes) {
        Optional<GlossaryEntry> found = glossary.entry(id);
        if (found.isEmpty()) {
            return Edit.refused(glossary, noEntry(glossary, id));
        }
        GlossaryEntry entry = found.get();
        List<Term> zh = new ArrayList<>(entry.zh());
        List<Term> en = new ArrayList<>(entry.en());
        changes.addZh().forEach(f -> zh.add(Term.admitted(f.strip())));
        changes.addEn().forEach(f -> en.add(Term.admitted(f.strip())));
        for (String form : changes.remove()) {
            if (!zh.removeIf(t -> t.form().equals(form)) & !en.removeIf(t -> t.form().equals(form))) {
                return Edit.refused(glossary, noSuchForm(entry, form));
            }
        }
        if (changes.prefer() != null) {
            List<Term> language = indexOf(zh, changes.prefer()) >= 0 ? zh : en;
            language.replaceAll(t -> t.isPreferred() ? t.withStatus(TermStatus.ADMITTED) : t);
            if (!setStatus(zh, en, changes.prefer(), TermStatus.PREFERRED)) {
                return Edit.refused(glossary, noSuchForm(entry, changes.prefer()));
            }
        }
        for (String form : changes.admit()) {
            if (!setStatus(zh, en, form, TermStatus.ADMITTED)) {
                return Edit.refused(glossary, noSuchForm(entry, form));
            }
        }
        for (String form : changes.deprecate()) {
            if (!setStatus(zh, en, form, TermStatus.DEPRECATED)) {
                return Edit.refused(glossary, noSuchForm(entry, form));
            }
        }
        GlossaryEntry changed = entry.withZh(zh).withEn(en);
        if (changes.type() != null) {
            changed = changed.withType(TermType.parse(changes.type()));
        }
        if (changes.note() != null) {
            changed = changed.withNote(changes.note().isBlank() ? null : changes.note());
        }
        if (changes.source() != null) {
            changed = changed.withSource(changes.source().isBlank() ? null : changes.source());
        }
        return Edit.validated(glossary, glossary.with(changed));
    }

    /**
     * Puts {@code entry} in place of the entry with its id (a change made by a use case, such as
     * marking an entry reviewed or unreviewed); refused when there is none.
     */
    public static Edit replace(Glossary glossary, GlossaryEntry entry) {
        if (glossary.entry(entry.id()).isEmpty()) {
            return Edit.refused(glossary, noEntry(glossary, entry.id()));
        }
        return Edit.validated(glossary, glossary.with(entry));
    }

    /**
     * Fixes how the Chinese form {@code form} is written in other scripts (null leaves a script as
     * it is, an empty string removes its override; see {@link Term}); refused when no entry has the
     * form. The first entry by id that has it is changed.
     */
    public static Edit override(Glossary glossary, String form, String traditional, String taiwan, String hongkong) {
        for (GlossaryEntry entry : glossary.entries()) {
            Optional<Term> term = entry.zhTerm(form);
            if (term.isPresent()) {
                Term t = term.get();
                Term changed = new Term(t.form(), t.status(), choose(traditional, t.traditional()),
                        choose(taiwan, t.taiwan()), choose(hongkong, t.hongkong()));
                List<Term> zh = new ArrayList<>(entry.zh());
                zh.set(zh.indexOf(t), changed);
                return Edit.validated(glossary, glossary.with(entry.withZh(zh)));
            }
        }
        return Edit.refused(glossary, "no entry has the Chinese form '" + form + "'; add one with 'glossary add --zh "
                + form + " --en …', or give --en to 'glossary override'");
    }

    private static String choose(String given, String old) {
        if (given == null) {
            return old;
        }
        return given.isBlank() ? null : given.strip();
    }

    /** Removes the entry {@code id}; refused when there is none. */
    public static Edit remove(Glossary glossary, String id) {
        if (glossary.entry(id).isEmpty()) {
            return Edit.refused(glossary, noEntry(glossary, id));
        }
        return Edit.validated(glossary, glossary.without(id));
    }

    /**
     * Merges a termbase's entries in: an entry the glossary already has exactly counts as already there,
     * a new id is added, and an id the glossary has with other content refuses the whole import, all
     * the differing ids named.
     */
    public static Import importEntries(Glossary glossary, List<GlossaryEntry> entries) {
        // One map and one new glossary: copying the glossary per entry made a 30,000-row import
        // take 70 s (quadratic); this way it is linear.
        Map<String, GlossaryEntry> merged = new LinkedHashMap<>();
        glossary.entries().forEach(e -> merged.putIfAbsent(e.id(), e));
        List<String> conflicts = new ArrayList<>();
        int alreadyThere = 0;
        for (GlossaryEntry entry : entries) {
            GlossaryEntry old = merged.get(entry.id());
            if (old != null && !old.equals(entry)) {
                conflicts.add(entry.id());
            } else if (old != null) {
                alreadyThere++;
            }
            merged.put(entry.id(), entry);
        }
        if (!conflicts.isEmpty()) {
            return new Import(Edit.refused(glossary, "nothing imported: " + conflicts.size()
                    + " entries differ from the glossary's entries with the same id: " + String.join(", ", conflicts)),
                    alreadyThere);
        }
        return new Import(Edit.validated(glossary, new Glossary(glossary.name(), glossary.licence(),
                new ArrayList<>(merged.values()))), alreadyThere);
    }

    /** Why {@code id} names no entry, with the nearest id when the rest of it finds one. */
    public static String noEntry(Glossary glossary, String id) {
        List<GlossarySearch.Hit> near = new GlossarySearch(glossary).search(id.replaceFirst("^[a-z]+\\.", ""));
        return "no entry " + id + (near.isEmpty() ? "" : "; did you mean " + near.get(0).entry().id() + "?");
    }

    private static String noSuchForm(GlossaryEntry entry, String form) {
        return "entry " + entry.id() + " has no form '" + form + "'";
    }

    private static int indexOf(List<Term> terms, String form) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).form().equals(form)) {
                return i;
            }
        }
        return -1;
    }

    /** Sets the status of a form of either language; false when neither has the form. */
    private static boolean setStatus(List<Term> zh, List<Term> en, String form, TermStatus status) {
        List<Term> language = indexOf(zh, form) >= 0 ? zh : en;
        int at = indexOf(language, form);
        if (at < 0) {
            return false;
        }
        language.set(at, language.get(at).withStatus(status));
        return true;
    }
}
