package yuanwen.read;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo/Jekyll front matter: a block fenced by {@code ---} (YAML) or {@code +++} (TOML) on the first
 * line. Its fields describe the article and are never article text; top-level scalar fields are kept
 * as metadata. A fence that is never closed is not front matter (it is read as a thematic break).
 */
final class FrontMatter {

    private static final Pattern YAML_FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final Pattern TOML_FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*=\\s*(.*)$");

    private FrontMatter() {
    }

    /** Index of the first line after the front matter (0 when there is none); fields go to metadata. */
    static int bodyStart(List<LineIndex.Line> lines, Map<String, String> metadata) {
        if (lines.isEmpty()) {
            return 0;
        }
        String fence = lines.get(0).text().replace("\uFEFF", "").strip();
        if (!fence.equals("---") && !fence.equals("+++")) {
            return 0;
        }
        Pattern field = fence.equals("---") ? YAML_FIELD : TOML_FIELD;
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (text.equals(fence) || fence.equals("---") && text.equals("...")) {
                for (int j = 1; j < i; j++) {
                    Matcher m = field.matcher(lines.get(j).text());
                    if (m.matches()) {
                        String value = unquote(m.group(2).strip());
                        if (!value.isEmpty()) {
                            metadata.putIfAbsent(m.group(1), value);
                        }
                    }
                }
                return i + 1;
            }
        }
        return 0;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
