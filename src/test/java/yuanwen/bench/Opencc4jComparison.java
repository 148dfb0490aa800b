package yuanwen.bench;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.datamap.impl.AbstractDataMap;
import com.github.houbb.opencc4j.support.segment.Segment;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import yuanwen.SharedData;
import yuanwen.script.Conversions;

/**
 * Why Yuanwen runs its own engine: OpenCC4j as shipped, and OpenCC4j's engine fed through its
 * extension points (a custom {@link Segment} and data map) with OpenCC's current dictionaries,
 * against Yuanwen's converter, on OpenCC's s2t and t2s regression cases and the Zuo Zhuan.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=yuanwen.bench.Opencc4jComparison</pre>
 */
public final class Opencc4jComparison {

    public static void main(String[] args) throws IOException {
        Map<String, List<String>> stPhrases = dictionary("STPhrases", "STPhrases_GeneratedFromRegionalPhrases");
        Map<String, List<String>> stChars = dictionary("STCharacters");
        Map<String, List<String>> tsPhrases = dictionary("TSPhrases");
        Map<String, List<String>> tsChars = dictionary("TSCharacters", "TSCharactersExt");
        AbstractDataMap current = new AbstractDataMap() {
            @Override public Map<String, List<String>> tsPhrase() { return tsPhrases; }
            @Override public Map<String, List<String>> tsChar() { return tsChars; }
            @Override public Map<String, List<String>> stPhrase() { return stPhrases; }
            @Override public Map<String, List<String>> stChar() { return stChars; }
        };
        ZhConvertBootstrap toTraditional = ZhConvertBootstrap.newInstance(new LongestMatchSegment(stPhrases))
                .dataMap(current).init();
        ZhConvertBootstrap toSimplified = ZhConvertBootstrap.newInstance(new LongestMatchSegment(tsPhrases))
                .dataMap(current).init();

        String simplified = Files.readString(SharedData.resolve("bench/opencc/zuozhuan.txt"));
        String traditional = Conversions.standard().get("s2t").convert(simplified);
        System.out.println("engine                               cases s2t  cases t2s   s2t MB/s   t2s MB/s");
        row("OpenCC4j 1.14 as shipped", ZhConverterUtil::toTraditional, ZhConverterUtil::toSimple,
                simplified, traditional);
        row("OpenCC4j engine + current OpenCC data", toTraditional::toTraditional, toSimplified::toSimple,
                simplified, traditional);
        row("Yuanwen", Conversions.standard().get("s2t")::convert, Conversions.standard().get("t2s")::convert,
                simplified, traditional);
    }

    private static void row(String label, UnaryOperator<String> s2t, UnaryOperator<String> t2s,
                            String simplified, String traditional) throws IOException {
        System.out.printf(Locale.ROOT, "%-36s %9s  %9s  %9.1f  %9.1f%n", label, passed("s2t", s2t), passed("t2s", t2s),
                throughput(s2t, simplified), throughput(t2s, traditional));
    }

    private static String passed(String config, UnaryOperator<String> convert) throws IOException {
        JsonNode cases = JsonMapper.builder().build()
                .readTree(Files.readString(SharedData.resolve("bench/opencc/testcases.strict.json"))).path("cases");
        int total = 0;
        int pass = 0;
        for (JsonNode testCase : cases) {
            JsonNode expected = testCase.path("expected").path(config);
            if (!expected.isMissingNode()) {
                total++;
                if (convert.apply(testCase.path("input").asString()).equals(expected.asString())) {
                    pass++;
                }
            }
        }
        return pass + "/" + total;
    }

    private static double throughput(UnaryOperator<String> convert, String text) {
        List<String> lines = text.lines().toList();
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        for (int round = 0; round < 3; round++) {
            lines.forEach(convert::apply);
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            lines.forEach(convert::apply);
        }
        return megabytes * rounds / ((System.nanoTime() - start) / 1e9);
    }

    private static Map<String, List<String>> dictionary(String... names) throws IOException {
        Map<String, List<String>> map = new HashMap<>();
        for (String name : names) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    Opencc4jComparison.class.getResourceAsStream("/opencc/dictionary/" + name + ".txt"),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (!line.startsWith("#") && tab > 0) {
                        map.putIfAbsent(line.substring(0, tab), List.of(line.substring(tab + 1).trim().split(" ")));
                    }
                }
            }
        }
        return map;
    }

    /** OpenCC's segmentation (longest dictionary key first), through OpenCC4j's Segment interface. */
    private static final class LongestMatchSegment implements Segment {
        private final Map<String, List<String>> phrases;
        private final int longest;

        LongestMatchSegment(Map<String, List<String>> phrases) {
            this.phrases = phrases;
            this.longest = phrases.keySet().stream().mapToInt(String::length).max().orElse(1);
        }

        @Override
        public List<String> seg(String text) {
            List<String> segments = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int length = Math.min(longest, text.length() - i);
                while (length > 1 && !phrases.containsKey(text.substring(i, i + length))) {
                    length--;
                }
                segments.add(text.substring(i, i + length));
                i += length;
            }
            return segments;
        }
    }
}
