package yuanwen.align;

import java.util.Comparator;

/**
 * One visible reason why (or why not) a Chinese span and an English span translate each other.
 *
 * @param kind   what kind of evidence this is
 * @param zh     the Chinese surface (a word, a number, a name; for LENGTH the character count)
 * @param en     the English surface it corresponds to
 * @param weight the contribution: positive supports the pair, negative speaks against it
 */
public record Evidence(EvidenceKind kind, String zh, String en, double weight) {

    /** Strongest first, then by kind and text, so that lists come out the same every run. */
    static final Comparator<Evidence> ORDER = Comparator
            .comparingDouble((Evidence e) -> -Math.abs(e.weight()))
            .thenComparing(Evidence::kind)
            .thenComparing(Evidence::zh)
            .thenComparing(Evidence::en);
}
