package yuanwen.glossary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a glossary entry names; the first part of its id ({@code person.jeff-bezos}). */
public enum TermType {
    PERSON, ORGANISATION, PRODUCT, PLACE, TITLE, TERM;

    /** The name the glossary file and the command line use: {@code person}, {@code organisation}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a label names, if any (case-insensitive; {@code organization} is accepted too). */
    public static Optional<TermType> fromLabel(String label) {
        String wanted = label == null ? "" : label.trim().toLowerCase(Locale.ROOT).replace("organization", "organisation");
        return Arrays.stream(values()).filter(t -> t.label().equals(wanted)).findFirst();
    }

    /** Like {@link #fromLabel} for command-line input: an unknown type is a usage error listing the known ones. */
    public static TermType parse(String label) {
        return fromLabel(label).orElseThrow(() -> new IllegalArgumentException("unknown type '" + label
                + "'; known: " + String.join(", ", Arrays.stream(values()).map(TermType::label).toList())));
    }
}
