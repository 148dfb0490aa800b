package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import yuanwen.SharedData;

/**
 * OpenCC's own regression cases (bench/opencc/testcases.strict.json), every config, plain and steered
 * by the shipped glossary: all 543 expectations hold both ways (OpenCC's newest release passes 540;
 * the port also passes the three it fails).
 */
class OpenccTestCasesTest {

    record Failure(String id, String config, String input, String expected, String actual) {
    }

    @ParameterizedTest
    @EnumSource(Steering.class)
    void passesAll543OpenccExpectations(Steering steering) throws IOException {
        JsonNode cases = JsonMapper.builder().build()
                .readTree(Files.readString(SharedData.resolve("bench/opencc/testcases.strict.json")))
                .path("cases");
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
}
