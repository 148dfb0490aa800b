package yuanwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import yuanwen.SharedData;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptConverter;

/**
 * In-process conversion throughput after warm-up, on OpenCC's benchmark text (the Zuo Zhuan).
 * s2t runs on the simplified text as shipped, t2s on its s2t conversion, as OpenCC measures them.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=yuanwen.bench.ConversionBenchmark</pre>
 */
public final class ConversionBenchmark {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 10;

    public static void main(String[] args) throws IOException {
        String simplified = Files.readString(SharedData.resolve("bench/opencc/zuozhuan.txt"));
        long loadStart = System.nanoTime();
        ScriptConverter s2t = Conversions.standard().get("s2t");
        ScriptConverter t2s = Conversions.standard().get("t2s");
        System.out.printf(Locale.ROOT, "dictionary load (s2t + t2s): %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        String traditional = s2t.convert(simplified);
        for (String name : args.length > 0 ? List.of(args) : List.of("s2t", "t2s", "s2twp", "tw2sp")) {
            ScriptConverter converter = Conversions.standard().get(name);
            String input = name.startsWith("s") ? simplified : name.startsWith("tw") ? Conversions.standard()
                    .get("s2twp").convert(simplified) : traditional;
            measure(converter, input);
        }
    }

    private static void measure(ScriptConverter converter, String text) {
        List<String> lines = text.lines().toList();
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            convertLines(converter, lines);
        }
        long start = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            sink += convertLines(converter, lines);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-6s %6.1f MB/s  (%.2f MB x %d rounds in %.2f s; %d chars out)%n",
                converter.name(), megabytes * MEASURED_ROUNDS / seconds, megabytes, MEASURED_ROUNDS, seconds,
                sink / MEASURED_ROUNDS);
    }

    private static long convertLines(ScriptConverter converter, List<String> lines) {
        StringBuilder out = new StringBuilder(1 << 16);
        long chars = 0;
        for (String line : lines) {
            out.setLength(0);
            converter.convert(line, out);
            chars += out.length();
        }
        return chars;
    }
}
