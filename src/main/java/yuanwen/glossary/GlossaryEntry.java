package yuanwen.glossary;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One concept of the glossary: its Chinese and English forms (each list starts with the preferred
 * form by convention, but the status, not the position, says which is preferred).
 *
 * @param id     {@code <type>.<kebab-case english>}, e.g. {@code person.jeff-bezos}
 * @param type   what it names
 * @param zh     Chinese forms, in simplified script (or Latin where Chinese text uses the Latin word)
 * @param en     English forms
 * @param note   why it is here, what it is, why a variant is deprecated or shared; may be null
 * @param source where it was seen, e.g. {@code seeds 000, 004}; may be null
 */
public record GlossaryEntry(String id, TermType type, List<Term> zh, List<Term> en, String note, String source) {

    public GlossaryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    /** The preferred Chinese form (the first form when the entry has none, as an invalid entry may). */
    public String preferredZh() {
        return preferred(zh);
    }

    public String preferredEn() {
        return preferred(en);
    }

    private static String preferred(List<Term> terms) {
        return terms.stream().filter(Term::isPreferred).findFirst().or(() -> terms.stream().findFirst())
                .map(Term::form).orElse("");
    }

    /** The Chinese form with this spelling, if the entry has one. */
    public Optional<Term> zhTerm(String form) {
        return zh.stream().filter(t -> t.form().equals(form)).findFirst();
    }

    /** Every form of both languages, Chinese first. */
    public Stream<Term> allTerms() {
        return Stream.concat(zh.stream(), en.stream());
    }

    public GlossaryEntry withZh(List<Term> forms) {
        return new GlossaryEntry(id, type, forms, en, note, source);
    }

    public GlossaryEntry withEn(List<Term> forms) {
        return new GlossaryEntry(id, type, zh, forms, note, source);
    }

    public GlossaryEntry withType(TermType newType) {
        return new GlossaryEntry(id, newType, zh, en, note, source);
    }

    public GlossaryEntry withNote(String newNote) {
        return new GlossaryEntry(id, type, zh, en, newNote, source);
    }

    public GlossaryEntry withSource(String newSource) {
        return new GlossaryEntry(id, type, zh, en, note, newSource);
    }

    /**
     * The id the glossary's convention gives an entry: type, a dot, the English form in kebab case
     * ({@code person} + {@code Jeff Bezos} → {@code person.jeff-bezos}). Accents are dropped; a form
     * with no Latin letters or digits gives {@code <type>.entry}.
     */
    public static String idFor(TermType type, String english) {
        String ascii = Normalizer.normalize(english == null ? "" : english, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return type.label() + "." + (slug.isEmpty() ? "entry" : slug);
    }
}
