package yuanwen.glossary;

import java.util.Objects;

/**
 * One written form of an entry in one language, with its status. Chinese forms are written in
 * simplified script; their traditional, Taiwan and Hong Kong forms are derived by OpenCC (see
 * {@link ScriptForms}) unless the form names them here, for names a conversion would mangle
 * (范冰冰 must not become 範冰冰): {@code traditional} overrides every traditional form,
 * {@code taiwan} and {@code hongkong} the regional ones. English forms have no overrides.
 *
 * @param form        the form as written, e.g. 贝索斯 or Jeff Bezos
 * @param status      how recommended it is
 * @param traditional explicit traditional form, or null to derive it
 * @param taiwan      explicit Taiwan form, or null (then {@code traditional}, else derived)
 * @param hongkong    explicit Hong Kong form, or null (then {@code traditional}, else derived)
 */
public record Term(String form, TermStatus status, String traditional, String taiwan, String hongkong) {

    public Term {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(status, "status");
    }

    public Term(String form, TermStatus status) {
        this(form, status, null, null, null);
    }

    public static Term preferred(String form) {
        return new Term(form, TermStatus.PREFERRED);
    }

    public static Term admitted(String form) {
        return new Term(form, TermStatus.ADMITTED);
    }

    public boolean isPreferred() {
        return status == TermStatus.PREFERRED;
    }

    public boolean hasOverrides() {
        return traditional != null || taiwan != null || hongkong != null;
    }

    public Term withStatus(TermStatus newStatus) {
        return new Term(form, newStatus, traditional, taiwan, hongkong);
    }
}
