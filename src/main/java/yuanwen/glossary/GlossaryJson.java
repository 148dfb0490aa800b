package yuanwen.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import yuanwen.text.Json;

/**
 * The glossary's storage format (see {@code glossary/README.md}): pretty-printed JSON with the keys
 * in a fixed order, entries sorted by id, one line per form. It is written by hand rather than by a
 * generic pretty printer so that the same glossary always gives the same bytes and a change to one
 * form is a one-line diff.
 *
 * <p>Reading collects every structural problem (a missing key, an unknown type or status, a value
 * of the wrong kind) instead of stopping at the first; {@link GlossaryValidator} then checks what
 * the entries mean.
 */
final class GlossaryJson {

    private static final Set<String> TOP_KEYS = Set.of("schemaVersion", "name", "licence", "entries");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "type", "zh", "en", "note", "source", "unreviewed");
    private static final Set<String> ZH_KEYS = Set.of("form", "status", "traditional", "taiwan", "hongkong");
    private static final Set<String> EN_KEYS = Set.of("form", "status");

    /** What reading found: the glossary (invalid parts replaced by placeholders) and the problems. */
    record Parsed(Glossary glossary, List<String> problems) {
    }

    /** JSON that does not parse, with the 1-based line and column where it breaks. */
    static final class MalformedJsonException extends RuntimeException {
        final int line;
        final int column;

        MalformedJsonException(int line, int column, String problem) {
            super(problem);
            this.line = line;
            this.column = column;
        }
    }

    private GlossaryJson() {
    }

    static Parsed parse(String text) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
            throw new MalformedJsonException(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    message);
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add("the file is not a JSON object with schemaVersion and entries");
            return new Parsed(Glossary.empty(), problems);
        }
        unknownKeys(root, TOP_KEYS, "", problems);
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt()) {
            problems.add("schemaVersion missing (this version of Yuanwen writes " + Glossary.SCHEMA_VERSION + ")");
        } else if (version.intValue() != Glossary.SCHEMA_VERSION) {
            problems.add("schemaVersion " + version.intValue() + " is not supported (this version of Yuanwen reads "
                    + Glossary.SCHEMA_VERSION + ")");
        }
        JsonNode entries = root.get("entries");
        List<GlossaryEntry> read = new ArrayList<>();
        if (entries == null || !entries.isArray()) {
            problems.add("entries missing: expected an array of entries");
        } else {
            for (int i = 0; i < entries.size(); i++) {
                read.add(entry(entries.get(i), i, problems));
            }
        }
        return new Parsed(new Glossary(string(root, "name"), string(root, "licence"), read), problems);
    }

    private static GlossaryEntry entry(JsonNode node, int index, List<String> problems) {
        String id = node.isObject() ? string(node, "id") : null;
        String where = "entry " + (id == null || id.isBlank() ? "#" + (index + 1) : id) + ": ";
        if (!node.isObject()) {
            problems.add(where + "not a JSON object");
            return new GlossaryEntry("#" + (index + 1), TermType.TERM, List.of(), List.of(), null, null);
        }
        unknownKeys(node, ENTRY_KEYS, where, problems);
        if (id == null) {
            problems.add(where + "no id");
        }
        String typeLabel = string(node, "type");
        Optional<TermType> type = TermType.fromLabel(typeLabel);
        if (type.isEmpty()) {
            problems.add(where + (typeLabel == null ? "no type" : "unknown type '" + typeLabel + "'")
                    + " (known: person, organisation, product, place, title, term)");
        }
        return new GlossaryEntry(id == null ? "#" + (index + 1) : id, type.orElse(TermType.TERM),
                terms(node, "zh", ZH_KEYS, where, problems), terms(node, "en", EN_KEYS, where, problems),
                string(node, "note"), string(node, "source"), unreviewed(node, where, problems));
    }

    /** The optional {@code "unreviewed": true} of a mined entry no one has reviewed yet. */
    private static boolean unreviewed(JsonNode entry, String where, List<String> problems) {
        JsonNode value = entry.get("unreviewed");
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(where + "unreviewed must be true or false, not " + value);
            return false;
        }
        return value.booleanValue();
    }

    private static List<Term> terms(JsonNode entry, String language, Set<String> keys, String where,
                                    List<String> problems) {
        JsonNode array = entry.get(language);
        List<Term> terms = new ArrayList<>();
        if (array == null || !array.isArray()) {
            problems.add(where + "no " + language + " forms");
            return terms;
        }
        for (JsonNode node : array) {
            if (!node.isObject()) {
                problems.add(where + language + " form " + node + " is not an object with form and status");
                continue;
            }
            String form = string(node, "form");
            String here = where + language + " form " + (form == null ? "(none)" : "'" + form + "'") + ": ";
            unknownKeys(node, keys, here, problems);
            String statusLabel = string(node, "status");
            Optional<TermStatus> status = TermStatus.fromLabel(statusLabel);
            if (status.isEmpty()) {
                problems.add(here + (statusLabel == null ? "no status" : "unknown status '" + statusLabel + "'")
                        + " (known: preferred, admitted, deprecated)");
            }
            terms.add(new Term(form == null ? "" : form, status.orElse(TermStatus.ADMITTED),
                    string(node, "traditional"), string(node, "taiwan"), string(node, "hongkong")));
        }
        return terms;
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!known.contains(property.getKey())) {
                problems.add(where + "unknown key '" + property.getKey() + "'");
            }
        }
    }

    /** A string value, or null when absent; other kinds are given as their JSON text. */
    private static String string(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    /** The glossary in the storage format, ending with a line break. */
    static String format(Glossary glossary) {
        StringBuilder out = new StringBuilder(256 + glossary.size() * 320);
        out.append("{\n  \"schemaVersion\": ").append(Glossary.SCHEMA_VERSION);
        if (glossary.name() != null) {
            out.append(",\n  \"name\": ").append(quote(glossary.name()));
        }
        if (glossary.licence() != null) {
            out.append(",\n  \"licence\": ").append(quote(glossary.licence()));
        }
        out.append(",\n  \"entries\": [");
        List<GlossaryEntry> entries = glossary.entries();
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            entry(entries.get(i), out);
        }
        out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    /** Entries as a JSON array, each written as in the file. */
    static String formatEntries(List<GlossaryEntry> entries) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            entry(entries.get(i), out);
        }
        return out.append(entries.isEmpty() ? "]" : "\n]").toString();
    }

    private static void entry(GlossaryEntry entry, StringBuilder out) {
        out.append("    {\n");
        out.append("      \"id\": ").append(quote(entry.id())).append(",\n");
        out.append("      \"type\": ").append(quote(entry.type().label())).append(",\n");
        terms("zh", entry.zh(), out);
        out.append(",\n");
        terms("en", entry.en(), out);
        if (entry.note() != null) {
            out.append(",\n      \"note\": ").append(quote(entry.note()));
        }
        if (entry.source() != null) {
            out.append(",\n      \"source\": ").append(quote(entry.source()));
        }
        if (entry.unreviewed()) {
            out.append(",\n      \"unreviewed\": true");
        }
        out.append("\n    }");
    }

    private static void terms(String language, List<Term> terms, StringBuilder out) {
        out.append("      \"").append(language).append("\": [");
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            out.append("        { \"form\": ").append(quote(t.form()))
                    .append(", \"status\": ").append(quote(t.status().label()));
            optional("traditional", t.traditional(), out);
            optional("taiwan", t.taiwan(), out);
            optional("hongkong", t.hongkong(), out);
            out.append(" }");
        }
        out.append(terms.isEmpty() ? "]" : "\n      ]");
    }

    private static void optional(String key, String value, StringBuilder out) {
        if (value != null) {
            out.append(", \"").append(key).append("\": ").append(quote(value));
        }
    }

    /** A JSON string literal; non-ASCII stays as it is, so Chinese reads as Chinese in diffs. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
