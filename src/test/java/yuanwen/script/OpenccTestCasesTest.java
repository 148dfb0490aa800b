package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import yuanwen.SharedData;

/**
 * OpenCC's own regression cases, every config, plain and steered by the shipped glossary: all 543
 * expectations hold both ways (OpenCC's newest release passes 540; the port also passes the three it
 * fails). The cases ship in src/test/resources/yuanwen/script/opencc (OpenCC's file verbatim,
 * Apache-2.0, see the README there), so this runs on a clean clone.
 */
class OpenccTestCasesTest {

    /** OpenCC's testcases.json as OpenCC writes it, trailing commas and all. */
    private static final JsonMapper OPENCC_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    static JsonNode shippedCases() {
        try (InputStream in = OpenccTestCasesTest.class.getResourceAsStream("opencc/testcases.json")) {
            return OPENCC_JSON.readTree(in).path("cases");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Failure(String id, String config, String input, String expected, String actual) {
    }

    @ParameterizedTest
    @EnumSource(Steering.class)
    void passesAll543OpenccExpectations(Steering steering) throws IOException {
        JsonNode cases = shippedCases();
        int total = 0;
        List<Failure> failures = new ArrayList<>();
        Map<String, Integer> perConfig = new TreeMap<>();
        for (JsonNode testCase : cases) {
            String input = testCase.path("input").asString();
            for (Map.Entry<String, JsonNode> expectation : testCase.path("expected").properties()) {
                String config = expectation.getKey();
                String expected = expectation.getValue().asString();
                String actual = steering.converter(config).convert(input);
                total++;
                perConfig.merge(config, 1, Integer::sum);
                if (!actual.equals(expected)) {
                    failures.add(new Failure(testCase.path("id").asString(), config, input, expected, actual));
                }
            }
        }
        failures.forEach(f -> System.out.println("FAIL " + f));
        System.out.println("OpenCC testcases, " + steering + ": " + (total - failures.size()) + " of " + total
                + " pass");
        assertThat(total).isEqualTo(543);
        assertThat(failures).isEmpty();
    }

    @Test
    @Tag("corpus")
    void theShippedCasesAreTheReferenceCopyInShared() throws IOException {
        JsonNode reference = JsonMapper.builder().build()
                .readTree(Files.readString(SharedData.resolve("bench/opencc/testcases.strict.json"))).path("cases");

        assertThat(shippedCases()).isEqualTo(reference);
    }
}
