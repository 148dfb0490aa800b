package yuanwen.read;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Who says a sentence, as the source tells it. A Chinese article gives a label (主持人Brad); an
 * English source gives turns, numbered from 1 at every speaker change it marks, and names where it
 * has them. One type from the reader to the stored file and the export, so a turn is never written
 * as the words "turn 3" and parsed back.
 *
 * <p>Stored as the bare label when there is no turn, else as {@code {"name": "Brad Gerstner",
 * "turn": 1}} (the name left out when the source marks only turns, as Whisper's dashes do).
 *
 * @param name the name or label, or null when the source marks only turns
 * @param turn the 1-based turn, or null when the source does not number turns (Chinese labels)
 */
public record Speaker(String name, Integer turn) {

    public Speaker {
        if (name == null && turn == null) {
            throw new IllegalArgumentException("a speaker needs a name or a turn");
        }
    }

    /** A label with no turn: a Chinese article's 主持人Brad. */
    public static Speaker labelled(String label) {
        return label == null ? null : new Speaker(label, null);
    }

    /** Whether the source only marks that the speaker changed, not who speaks. */
    public boolean anonymous() {
        return name == null;
    }

    /** A name or a turn: what a reader is shown, {@code Brad Gerstner} or {@code turn 3}. */
    public String shown() {
        return name != null ? name : "turn " + turn;
    }

    @JsonValue
    Object json() {
        if (turn == null) {
            return name;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        if (name != null) {
            json.put("name", name);
        }
        json.put("turn", turn);
        return json;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Speaker fromJson(JsonNode json) {
        if (json.isString()) {
            return new Speaker(json.asString(), null);
        }
        JsonNode name = json.get("name");
        JsonNode turn = json.get("turn");
        if (!json.isObject() || (name != null && !name.isString()) || (turn != null && !turn.isInt())) {
            throw new IllegalArgumentException("a speaker is a label or {\"name\": text, \"turn\": number}");
        }
        return new Speaker(name == null ? null : name.asString(), turn == null ? null : turn.asInt());
    }
}
