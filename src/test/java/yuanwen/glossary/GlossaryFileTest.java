package yuanwen.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.text.BadInputException;

class GlossaryFileTest {

    static final Path SHIPPED = Path.of("glossary", "glossary.json");

    @TempDir
    Path dir;

    @Test
    void theShippedGlossaryLoadsAndSavesByteForByte() throws IOException {
        Glossary glossary = GlossaryFile.load(SHIPPED);

        assertThat(glossary.size()).isGreaterThanOrEqualTo(459);
        assertThat(GlossaryFile.format(glossary)).isEqualTo(Files.readString(SHIPPED, StandardCharsets.UTF_8));
    }

    @Test
    void savingSortsEntriesAndWritesKeysInOneOrder() throws IOException {
        Glossary glossary = new Glossary("test", null, List.of(
                entry("term.b", "乙", "B"), entry("term.a", "甲", "A")));
        Path file = dir.resolve("g.json");

        GlossaryFile.save(file, glossary);

        String text = Files.readString(file);
        assertThat(text.indexOf("term.a")).isLessThan(text.indexOf("term.b"));
        assertThat(text).contains("    {\n      \"id\": \"term.a\",\n      \"type\": \"term\",\n"
                + "      \"zh\": [\n        { \"form\": \"甲\", \"status\": \"preferred\" }\n      ],\n");
        assertThat(GlossaryFile.load(file).entries()).isEqualTo(glossary.entries());
    }

    @Test
    void scriptOverridesAreStoredAndRead() throws IOException {
        Term fan = new Term("范冰冰", TermStatus.PREFERRED, "范冰冰", null, null);
        Glossary glossary = new Glossary(null, null, List.of(new GlossaryEntry("person.fan-bingbing",
                TermType.PERSON, List.of(fan), List.of(Term.preferred("Fan Bingbing")), null, null)));
        Path file = dir.resolve("g.json");

        GlossaryFile.save(file, glossary);

        assertThat(Files.readString(file)).contains(
                "{ \"form\": \"范冰冰\", \"status\": \"preferred\", \"traditional\": \"范冰冰\" }");
        assertThat(GlossaryFile.load(file).entries()).isEqualTo(glossary.entries());
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"entries\": [ { \"id\": \"x\" ]\n}\n");

        assertThatThrownBy(() -> GlossaryFile.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":3:").hasMessageContaining("malformed JSON");
    }

    @Test
    void everyProblemIsReportedWithFileAndEntry() throws IOException {
        Path file = dir.resolve("problems.json");
        Files.writeString(file, """
                {
                  "schemaVersion": 1,
                  "entries": [
                    {
                      "id": "person.a",
                      "type": "human",
                      "zh": [ { "form": "甲", "status": "preferred" }, { "form": "", "status": "admitted" } ],
                      "en": [ { "form": "A", "status": "favourite" } ]
                    },
                    {
                      "id": "person.b",
                      "type": "person",
                      "zh": [ { "form": "甲", "status": "preferred" }, { "form": "乙", "status": "preferred" } ],
                      "en": [ { "form": "B", "status": "admitted" } ]
                    }
                  ]
                }
                """);

        assertThatThrownBy(() -> GlossaryFile.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": 2 problems\n")
                .hasMessageContaining(file + ":5: entry person.a: unknown type 'human'")
                .hasMessageContaining("entry person.a: en form 'A': unknown status 'favourite'");

        // With the types fixed, the meaning is checked: every problem, not just the first.
        Files.writeString(file, Files.readString(file).replace("human", "person").replace("favourite", "preferred"));
        assertThatThrownBy(() -> GlossaryFile.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": 4 problems\n")
                .hasMessageContaining(file + ":5: entry person.a: empty zh form")
                .hasMessageContaining(file + ":11: entry person.b: 2 preferred zh forms")
                .hasMessageContaining("entry person.b: no preferred en form")
                .hasMessageContaining("entry person.b: zh form '甲' also belongs to person.a");
    }

    @Test
    void duplicateIdsAreReported() {
        Glossary glossary = new Glossary(null, null, List.of(entry("term.a", "甲", "A"), entry("term.a", "乙", "B")));

        assertThat(glossary.problems()).containsExactly("entry term.a: duplicate id");
    }

    @Test
    void aSharedChineseFormIsAllowedWhenANoteSaysWhy() {
        GlossaryEntry gates = entry("person.bill-gates", "比尔", "Bill Gates");
        GlossaryEntry gurley = entry("person.bill-gurley", "比尔", "Bill Gurley");

        assertThat(new Glossary(null, null, List.of(gates, gurley)).problems()).hasSize(1);
        assertThat(new Glossary(null, null, List.of(gates.withNote("比尔 is also Bill Gurley"), gurley)).problems())
                .isEmpty();
        assertThat(new Glossary(null, null, List.of(gates, gurley.withNote("not person.bill-gates"))).problems())
                .isEmpty();
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("g.json");
        GlossaryFile.save(file, new Glossary(null, null, List.of(entry("term.a", "甲", "A"))));
        String before = Files.readString(file);

        assertThatThrownBy(() -> GlossaryFile.save(file, out -> {
            out.write("{\n  \"schemaVersion\": 1,\n  \"entries\": [".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(BadInputException.class).hasMessageContaining("disk full");

        assertThat(Files.readString(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("g.json", "g.json.bak");
        }
    }

    @Test
    void savingKeepsABackupOfThePreviousVersion() throws IOException {
        Path file = dir.resolve("g.json");
        GlossaryFile.save(file, new Glossary(null, null, List.of(entry("term.a", "甲", "A"))));
        String first = Files.readString(file);

        GlossaryFile.save(file, new Glossary(null, null, List.of(entry("term.b", "乙", "B"))));

        assertThat(Files.readString(dir.resolve("g.json.bak"))).isEqualTo(first);
    }

    @Test
    void anInvalidGlossaryIsNotSaved() {
        Path file = dir.resolve("g.json");
        Glossary invalid = new Glossary(null, null, List.of(entry("term.a", "", "A")));

        assertThatThrownBy(() -> GlossaryFile.save(file, invalid)).hasMessageContaining("empty zh form");
        assertThat(file).doesNotExist();
    }

    static GlossaryEntry entry(String id, String zh, String en) {
        return new GlossaryEntry(id, TermType.fromLabel(id.substring(0, id.indexOf('.'))).orElseThrow(),
                List.of(Term.preferred(zh)), List.of(Term.preferred(en)), null, null);
    }
}
