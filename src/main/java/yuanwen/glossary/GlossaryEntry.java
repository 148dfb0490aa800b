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
 * @param unreviewed true for an entry (or a variant) accepted from a mined suggestion that no one has
 *                   reviewed yet ({@code glossary suggest --accept}; {@code glossary list --unreviewed})
 */
public record GlossaryEntry(String id, TermType type, List<Term> zh, List<Term> en, String note, String source,
                            boolean unreviewed) {

    public GlossaryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    /** A reviewed entry (every entry curated by hand). */
    public GlossaryEntry(String id, TermType type, List<Term> zh, List<Term> en, String note, String source) {
        this(id, type, zh, en, note, source, false);
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
        return new GlossaryEntry(id, type, forms, en, note, source, unreviewed);
    }

    public GlossaryEntry withEn(List<Term> forms) {
        return new GlossaryEntry(id, type, zh, forms, note, source, unreviewed);
    }

    public GlossaryEntry withType(TermType newType) {
        return new GlossaryEntry(id, newType, zh, en, note, source, unreviewed);
    }

    public GlossaryEntry withNote(String newNote) {
        return new GlossaryEntry(id, type, zh, en, newNote, source, unreviewed);
    }

    public GlossaryEntry withSource(String newSource) {
        return new GlossaryEntry(id, type, zh, en, note, newSource, unreviewed);
    }

    public GlossaryEntry withUnreviewed(boolean newUnreviewed) {
        return new GlossaryEntry(id, type, zh, en, note, source, newUnreviewed);
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
