package yuanwen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import yuanwen.read.Speaker;
import yuanwen.store.AlignmentFile.Evidence;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;
import yuanwen.text.BadInputException;
import yuanwen.text.Json;
import yuanwen.text.Sha256;


class AlignedStoreTest {

    @TempDir
    Path dir;

    /**
     * A small interview: a Chinese summary line with no English, two pairs (one 1-2), and an
     * English aside the article left out, with markup characters to escape.
     */
    static AlignmentFile bakery() {
        Side zh = new Side("bakery.zh.md", "ab12", "article", "simplified", "UTF-8", List.of(
                new StoredSentence("内容提要：一位面包师讲述他的小店。", null, List.of(3, 3), List.of(40, 57), null),
                new StoredSentence("我在2015年开了这家面包店。", new Speaker("汤姆", null), List.of(7, 7), List.of(80, 94), null),
                new StoredSentence("我们每天早上烤大约300个面包。", new Speaker("汤姆", null), List.of(9, 10), List.of(100, 116), null)));
        Side en = new Side("bakery.en.txt", "cd34", "whisper", null, "UTF-8", List.of(
                new StoredSentence("I opened this bakery in 2015.", new Speaker("Tom Baker", 2), List.of(3, 3),
                        List.of(60, 89), List.of(12.5, 14.0)),
                new StoredSentence("[LAUGHS] <Well> & \"so\".", new Speaker("Tom Baker", 2), List.of(4, 4),
                        List.of(90, 113), List.of(14.0, 15.25)),
                new StoredSentence("We bake about 300 loaves.", new Speaker("Tom Baker", 2), List.of(5, 5),
                        List.of(114, 139), List.of(15.25, 17.0)),
                new StoredSentence("Every morning.", new Speaker(null, 3), List.of(6, 6), List.of(140, 154),
                        List.of(17.0, 18.0))));
        List<Link> links = List.of(
                Link.of(List.of(1), List.of(0), 0.91, Status.AUTO, List.of(new Evidence("number", "2015年", "2015", 0.4),
                        new Evidence("lexical", "面包店", "bakery", 0.3))),
                Link.of(List.of(2), List.of(2, 3), 0.95, Status.ACCEPTED,
                        List.of(new Evidence("number", "300", "300", 0.5))));
        return new AlignmentFile(AlignmentFile.SCHEMA_VERSION, "bakery", zh, en, null, Map.of("lexicalWeight", 1.0),
                links);
    }

    @Test
    void savesAndLoadsTheSameBytes() throws Exception {
        AlignedStore store = new AlignedStore(dir);
        Path file = store.save("bakery", bakery());
        byte[] first = Files.readAllBytes(file);

        AlignmentFile loaded = store.load("bakery");
        store.save("bakery", loaded);

        assertThat(loaded).isEqualTo(bakery());
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(dir.resolve("bakery.json.bak")).hasBinaryContent(first);
        assertThat(store.names()).containsExactly("bakery");
    }

    @Test
    void theFileKeepsSentencesOnceAndLinksByIdInSchema2() throws Exception {
        Path file = new AlignedStore(dir).save("bakery", bakery());

        JsonNode json = Json.MAPPER.readTree(Files.readString(file));

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(json.get("zh").get("sentences")).hasSize(3);
        JsonNode english = json.get("en").get("sentences").get(0);
        assertThat(english.get("lines").toString()).isEqualTo("[3,3]");
        assertThat(english.get("time").toString()).isEqualTo("[12.5,14.0]");
        assertThat(english.get("speaker").toString()).isEqualTo("{\"name\":\"Tom Baker\",\"turn\":2}");
        assertThat(json.get("en").get("sentences").get(3).get("speaker").toString()).isEqualTo("{\"turn\":3}");
        assertThat(json.get("zh").get("sentences").get(1).get("speaker").asString()).isEqualTo("汤姆");
        assertThat(json.get("zh").has("script")).isTrue();
        assertThat(json.get("en").has("script")).isFalse();
        JsonNode link = json.get("links").get(1);
        assertThat(link.get("id").asString()).isEqualTo("p2");
        assertThat(link.get("zh").toString()).isEqualTo("[2]");
        assertThat(link.get("en").toString()).isEqualTo("[2,3]");
        assertThat(link.get("type").asString()).isEqualTo("1-2");
        assertThat(link.get("status").asString()).isEqualTo("accepted");
        // Unaligned sentences are the ones no link covers; the file does not list them again.
        assertThat(json.has("unalignedZh")).isFalse();
        assertThat(bakery().unalignedZh()).containsExactly(0);
        assertThat(bakery().unalignedEn()).containsExactly(1);
    }

    @Test
    void aLinkSpanJoinsItsSentences() {
        AlignmentFile file = bakery();
        AlignmentFile.Span en = file.enSpan(file.link("p2").orElseThrow());

        assertThat(en.text()).isEqualTo("We bake about 300 loaves. Every morning.");
        assertThat(en.firstLine()).isEqualTo(5);
        assertThat(en.lastLine()).isEqualTo(6);
        assertThat(en.start()).isEqualTo(15.25);
        assertThat(en.end()).isEqualTo(18.0);
        assertThat(file.zhSpan(file.link("p1").orElseThrow()).text()).isEqualTo("我在2015年开了这家面包店。");
    }

    @Test
    void aCopyIsLoadedUnderItsOwnNameAndSavedWhereItIsNamed() throws Exception {
        AlignedStore store = new AlignedStore(dir);
        Path original = store.save("bakery", bakery());
        Files.copy(original, dir.resolve("bakery-copy.json"));
        byte[] before = Files.readAllBytes(original);

        AlignmentFile copy = store.load("bakery-copy");
        Path written = store.save("bakery-copy", copy.withLinks(List.of(copy.links().get(0).withStatus(Status.REJECTED))));

        assertThat(copy.name()).isEqualTo("bakery-copy");
        assertThat(written).isEqualTo(dir.resolve("bakery-copy.json"));
        assertThat(original).hasBinaryContent(before);
        assertThat(store.load("bakery-copy").links()).singleElement().extracting(Link::status).isEqualTo(Status.REJECTED);
    }

    @Test
    void aHandBrokenFileIsReportedWithLineAndColumn() throws Exception {
        AlignedStore store = new AlignedStore(dir);
        Path file = store.save("bakery", bakery());
        Files.writeString(file, Files.readString(file).replace("\"type\" : \"1-1\",", "\"type\" : \"1-1\""));

        assertThatThrownBy(() -> store.load("bakery"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("not a valid alignment file")
                .hasMessageMatching("(?s).*json:\\d+:\\d+: .*");
    }

    @Test
    void aHandEditedLinkThatNoLongerFitsItsTablesIsReportedInOneLine() throws Exception {
        AlignedStore store = new AlignedStore(dir);
        Path file = store.save("bakery", bakery());
        String text = Files.readString(file);

        Files.writeString(file, text.replace("\"en\" : [ 2, 3 ]", "\"en\" : [ 2, 9 ]"));
        assertThatThrownBy(() -> store.load("bakery")).isInstanceOf(BadInputException.class)
                .hasMessage(file + ": link p2: \"en\" names sentence 9, but the side has 4 (ids count from 0); "
                        + "fix it or move it away");

        Files.writeString(file, text.replace("\"en\" : [ 2, 3 ]", "\"en\" : [ ]"));
        assertThatThrownBy(() -> store.load("bakery")).hasMessageContaining("link p2: \"en\" has no sentence ids");

        Files.writeString(file, text.replace("\"en\" : [ 2, 3 ]", "\"en\" : [ 0 ]"));
        assertThatThrownBy(() -> store.load("bakery"))
                .hasMessageContaining("link p2: sentence 0 of \"en\" is in another link too");

        Files.writeString(file, text.replace("\"status\" : \"accepted\"", "\"status\" : \"maybe\""));
        assertThatThrownBy(() -> store.load("bakery")).isInstanceOf(BadInputException.class)
                .hasMessageMatching("(?s).*bakery.json:\\d+:\\d+: not a valid alignment file.*")
                .hasMessageNotContaining("\n");

        Files.writeString(file, "");
        assertThatThrownBy(() -> store.load("bakery")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("has no schemaVersion");

        Files.writeString(file, text.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 7"));
        assertThatThrownBy(() -> store.load("bakery")).hasMessageContaining("has schema version 7")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aSchema1FileLoadsWithItsSentencesAndIsWrittenAsSchema2OnTheNextWrite() throws Exception {
        // Version 1 kept a pair's sentences only joined: the 1-2 pair needs the English source.
        Path english = dir.resolve("bakery.en.txt");
        Files.writeString(english, String.join("\n", "Tom Baker: I opened this bakery in 2015.",
                "", "Tom Baker: We bake about 300 loaves. Every morning.", ""));
        Path chinese = dir.resolve("bakery.zh.md");
        Files.writeString(chinese, "**汤姆：** 我在2015年开了这家面包店。我们每天早上烤大约300个面包。\n");
        AlignedStore store = new AlignedStore(dir.resolve("aligned"));
        Path file = store.fileOf("old");
        Files.createDirectories(file.getParent());
        Files.writeString(file, schema1(chinese, english), StandardCharsets.UTF_8);

        AlignmentFile loaded = store.load("old");

        assertThat(loaded.schemaVersion()).isEqualTo(2);
        assertThat(loaded.en().sentences()).extracting(StoredSentence::text)
                .containsExactly("I opened this bakery in 2015.", "We bake about 300 loaves.", "Every morning.");
        assertThat(loaded.en().sentences().get(2).speaker()).isEqualTo(new Speaker("Tom Baker", 1));
        assertThat(loaded.zh().sentences()).extracting(StoredSentence::text)
                .containsExactly("我在2015年开了这家面包店。", "我们每天早上烤大约300个面包。");
        Link pair = loaded.link("p1").orElseThrow();
        assertThat(pair.en()).containsExactly(1, 2);
        assertThat(pair.type()).isEqualTo("1-2");
        assertThat(pair.status()).isEqualTo(Status.ACCEPTED);
        assertThat(loaded.enSpan(pair).text()).isEqualTo("We bake about 300 loaves. Every morning.");

        store.save("old", loaded);

        assertThat(Json.MAPPER.readTree(Files.readString(file)).get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(store.load("old")).isEqualTo(loaded);
        assertThat(Files.readString(file.resolveSibling("old.json.bak"))).contains("\"schemaVersion\": 1");
    }

    @Test
    void aSchema1FileWhoseJoinedPairsCannotBeToldApartWithoutTheSourceSaysWhatToDo() throws Exception {
        Path english = dir.resolve("gone.en.txt");
        Path chinese = dir.resolve("gone.zh.md");
        AlignedStore store = new AlignedStore(dir.resolve("aligned"));
        Path file = store.fileOf("old");
        Files.createDirectories(file.getParent());
        Files.writeString(file, schema1(chinese, english), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.load("old")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": is a schema 1 alignment")
                .hasMessageContaining(english.toString()).hasMessageContaining("put it back")
                .hasMessageNotContaining("\n");
    }

    /** A version 1 file of the two sentences above, as Yuanwen wrote them until 2026-12. */
    private static String schema1(Path chinese, Path english) throws Exception {
        String sha = Files.exists(english) ? Sha256.of(english) : "0".repeat(64);
        return """
                {
                  "schemaVersion": 1,
                  "name": "bakery",
                  "zh": { "path": "%s", "sha256": "aa", "format": "article", "script": "simplified", "encoding": "UTF-8", "sentences": 2 },
                  "en": { "path": "%s", "sha256": "%s", "format": "transcript", "script": null, "encoding": "UTF-8", "sentences": 3 },
                  "glossary": null,
                  "parameters": { "preSplit": false },
                  "pairs": [
                    { "id": "p0", "zh": { "ids": [0], "text": "我在2015年开了这家面包店。", "speaker": "汤姆", "firstLine": 1, "lastLine": 1, "startOffset": 8, "endOffset": 22 },
                      "en": { "ids": [0], "text": "I opened this bakery in 2015.", "speaker": "Tom Baker", "firstLine": 1, "lastLine": 1, "startOffset": 11, "endOffset": 40 },
                      "bead": "1-1", "score": 0.9, "evidence": [ { "kind": "number", "zh": "2015年", "en": "2015", "weight": 0.4 } ], "status": "auto" },
                    { "id": "p1", "zh": { "ids": [1], "text": "我们每天早上烤大约300个面包。", "speaker": "汤姆", "firstLine": 1, "lastLine": 1, "startOffset": 22, "endOffset": 37 },
                      "en": { "ids": [1, 2], "text": "We bake about 300 loaves. Every morning.", "speaker": "Tom Baker", "firstLine": 3, "lastLine": 3, "startOffset": 53, "endOffset": 93 },
                      "bead": "1-2", "score": 0.8, "evidence": [], "status": "accepted" }
                  ],
                  "unalignedZh": [],
                  "unalignedEn": []
                }
                """.formatted(chinese, english, sha);
    }
}
