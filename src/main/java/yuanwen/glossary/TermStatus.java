package yuanwen.glossary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How recommended a form is, after TBX administrativeStatus: exactly one {@code preferred} form per
 * language, any number of {@code admitted} variants, and {@code deprecated} forms that occur but
 * should not be used.
 */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts");

    private final String tbxValue;

    TermStatus(String tbxValue) {
        this.tbxValue = tbxValue;
    }

    /** The name the glossary file uses: {@code preferred}, {@code admitted}, {@code deprecated}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The TBX administrativeStatus value, e.g. {@code preferredTerm-admn-sts}. */
    public String tbxValue() {
        return tbxValue;
    }

    public static Optional<TermStatus> fromLabel(String label) {
        String wanted = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label().equals(wanted)).findFirst();
    }

    /**
     * The status a TBX administrativeStatus value stands for; TBX's {@code supersededTerm-admn-sts}
     * and {@code legalTerm-admn-sts} have no Yuanwen status and read as deprecated and admitted.
     */
    public static Optional<TermStatus> fromTbx(String value) {
        String wanted = value == null ? "" : value.trim();
        if (wanted.equals("supersededTerm-admn-sts")) {
            return Optional.of(DEPRECATED);
        }
        if (wanted.equals("legalTerm-admn-sts") || wanted.equals("standardizedTerm-admn-sts")) {
            return Optional.of(ADMITTED);
        }
        return Arrays.stream(values()).filter(s -> s.tbxValue.equals(wanted)).findFirst();
    }
}
