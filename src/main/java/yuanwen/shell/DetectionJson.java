package yuanwen.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import yuanwen.script.ScriptReport;
import yuanwen.text.Json;

/** {@code detect --json}: the report as one JSON object with a fixed key order. */
final class DetectionJson {

    private DetectionJson() {
    }

    static String of(ScriptReport report, String encoding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("script", report.script().name().toLowerCase(java.util.Locale.ROOT));
        json.put("hanCharacters", report.hanCharacters());
        json.put("simplifiedOnly", report.simplifiedOnly());
        json.put("traditionalOnly", report.traditionalOnly());
        json.put("taiwanForms", report.taiwanForms());
        json.put("hongKongForms", report.hongKongForms());
        if (encoding != null) {
            json.put("encoding", encoding);
        }
        return Json.write(json);
    }
}
