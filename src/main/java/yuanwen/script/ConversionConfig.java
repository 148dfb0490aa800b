package yuanwen.script;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an OpenCC conversion config (the JSON files under {@code opencc/config/}) into a
 * {@link ScriptConverter}. A conversion is data: which dictionaries normalise, which segment, and
 * which chain of dictionary groups converts; no conversion has code of its own.
 */
final class ConversionConfig {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final DictionarySource dictionaries;

    ConversionConfig(DictionarySource dictionaries) {
        this.dictionaries = dictionaries;
    }

    ScriptConverter read(String name, InputStream json) {
        JsonNode root;
        try (json) {
            root = JSON.readTree(json);
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("conversion config " + name + " is not valid JSON: "
                    + e.getMessage(), e);
        }
        List<Lexicon> normalization = new ArrayList<>();
        for (JsonNode step : root.path("normalization")) {
            normalization.add(lexicon(name, step.path("dict")));
        }
        JsonNode segmentation = root.path("segmentation");
        Lexicon segmenter = null;
        if (!segmentation.isMissingNode()) {
            String type = segmentation.path("type").asString("mmseg");
            if (!type.equals("mmseg")) {
                throw new IllegalArgumentException("conversion config " + name
                        + ": unsupported segmentation type " + type);
            }
            segmenter = lexicon(name, segmentation.path("dict"));
        }
        List<Lexicon> chain = new ArrayList<>();
        for (JsonNode step : root.path("conversion_chain")) {
            chain.add(lexicon(name, step.path("dict")));
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("conversion config " + name + " has no conversion_chain");
        }
        return new ScriptConverter(name, root.path("name").asString(name), normalization, segmenter, chain);
    }

    private Lexicon lexicon(String config, JsonNode dict) {
        String type = dict.path("type").asString("");
        if (type.equals("group")) {
            List<Lexicon> members = new ArrayList<>();
            for (JsonNode member : dict.path("dicts")) {
                members.add(lexicon(config, member));
            }
            // Groups without a policy behave as in OpenCC before policies existed: first match wins.
            String policy = dict.path("match_policy").asString("short_circuit");
            return new LexiconGroup(members, policy.equals("union")
                    ? LexiconGroup.MatchPolicy.UNION : LexiconGroup.MatchPolicy.SHORT_CIRCUIT);
        }
        if (type.equals("ocd2") || type.equals("ocd") || type.equals("text")) {
            return dictionaries.table(dict.path("file").asString());
        }
        throw new IllegalArgumentException("conversion config " + config + ": unknown dictionary type '"
                + type + "'");
    }
}
