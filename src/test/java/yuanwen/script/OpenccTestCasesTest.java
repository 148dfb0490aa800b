package yuanwen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import yuanwen.SharedData;

/**
 * OpenCC's own regression cases (bench/opencc/testcases.strict.json), every config: OpenCC's newest
 * release passes 540 of the 543 expectations, and so must we.
 */
class OpenccTestCasesTest {

    record Failure(String id, String config, String input, String expected, String actual) {
    }

    @Test
    void passesAtLeast540Of543OpenccExpectations() throws IOException {
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
                String actual = Conversions.standard().get(config).convert(input);
                total++;
                perConfig.merge(config, 1, Integer::sum);
                if (!actual.equals(expected)) {
                    failures.add(new Failure(testCase.path("id").asString(), config, input, expected, actual));
                }
            }
        }
        failures.forEach(f -> System.out.println("FAIL " + f));
        System.out.println("OpenCC testcases: " + (total - failures.size()) + " of " + total + " pass");
        assertThat(total).isEqualTo(543);
        assertThat(total - failures.size()).isGreaterThanOrEqualTo(540);
    }
}
