package yuanwen.mining;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEditor;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.Term;

/**
 * Turns accepted suggestions into glossary changes: a new entry (preferred forms first, the others
 * admitted) or new forms of the entry a variant belongs to. Either way the entry is marked
 * unreviewed and its source names where the forms came from ({@code aligned/NAME.json p12, p40}).
 * A suggestion the glossary's rules refuse (its id or a form taken since) is skipped with the
 * reason; the others are kept. Nothing here writes files.
 */
public final class SuggestionAcceptance {

    /**
     * @param glossary the glossary with the accepted suggestions in it
     * @param added    the ids of the entries added or extended, in suggestion order
     * @param skipped  one line per suggestion the glossary's rules refused
     */
    public record Outcome(Glossary glossary, List<String> added, List<String> skipped) {

        public Outcome {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }
    }

    private static final GlossaryEditor.Changes NO_CHANGES = new GlossaryEditor.Changes(List.of(), List.of(),
            List.of(), null, List.of(), List.of(), null, null, null);

    private SuggestionAcceptance() {
    }

    /** Adds {@code accepted}, mined from the alignment {@code alignmentName}, to {@code glossary}. */
    public static Outcome accept(Glossary glossary, List<Suggestion> accepted, String alignmentName) {
        Glossary changed = glossary;
        List<String> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Suggestion s : accepted) {
            String provenance = "aligned/" + alignmentName + ".json " + String.join(", ", s.examples());
            GlossaryEditor.Edit edit = s.variantOf() != null ? variant(changed, s, provenance) : entry(changed, s, provenance);
            if (edit.accepted()) {
                changed = edit.glossary();
                added.add(s.variantOf() != null ? s.variantOf() : idOf(s));
            } else {
                skipped.add(s.id() + ": " + (edit.refusal() != null ? edit.refusal() : String.join("; ", edit.problems())));
            }
        }
        return new Outcome(changed, added, skipped);
    }

    /** The id a new entry of this suggestion gets. */
    static String idOf(Suggestion s) {
        return GlossaryEntry.idFor(s.type(), s.preferredEn());
    }

    private static GlossaryEditor.Edit entry(Glossary glossary, Suggestion s, String provenance) {
        GlossaryEntry entry = new GlossaryEntry(idOf(s), s.type(), terms(s.zh()), terms(s.en()),
                String.format(Locale.ROOT, "Suggested (%s, %d pairs, confidence %.2f); not yet reviewed.",
                        s.kind().label(), s.support(), s.confidence()), provenance, true);
        return GlossaryEditor.add(glossary, entry);
    }

    private static GlossaryEditor.Edit variant(Glossary glossary, Suggestion s, String provenance) {
        Optional<GlossaryEntry> found = glossary.entry(s.variantOf());
        if (found.isEmpty()) {
            return GlossaryEditor.edit(glossary, s.variantOf(), NO_CHANGES); // refused: names the missing entry
        }
        GlossaryEntry old = found.get();
        List<String> newZh = s.zh().stream().filter(z -> old.zhTerm(z).isEmpty()).toList();
        GlossaryEditor.Edit edit = GlossaryEditor.edit(glossary, old.id(),
                new GlossaryEditor.Changes(newZh, List.of(), List.of(), null, List.of(), List.of(), null, null,
                        old.source() == null ? provenance : old.source() + "; " + provenance));
        if (!edit.accepted()) {
            return edit;
        }
        GlossaryEntry extended = edit.glossary().entry(old.id()).orElseThrow().withUnreviewed(true);
        return GlossaryEditor.replace(edit.glossary(), extended);
    }

    private static List<Term> terms(List<String> forms) {
        List<Term> terms = new ArrayList<>();
        for (int k = 0; k < forms.size(); k++) {
            terms.add(k == 0 ? Term.preferred(forms.get(k)) : Term.admitted(forms.get(k)));
        }
        return terms;
    }
}
