package yuanwen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yuanwen.SharedData;

/**
 * The whole {@code align} command as a user runs it, this build against an earlier one, on the
 * interview (seed 003 + its transcript) and on Bible 006 (pre-split, 42,687 + 30,000 sentences):
 * wall time and peak resident memory from GNU time. Runs alternate between the builds (A B A B …)
 * so that both see the same machine load; the best and the median of each are printed. Each build
 * writes into its own folder under {@code target/bench/align-process}.
 *
 * <pre>mvn -o -q -DskipTests package && mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=yuanwen.bench.AlignProcessBenchmark -Dyuanwen.baseline=OLD/yuanwen.jar [-Dexec.args=RUNS]</pre>
 * Without {@code yuanwen.baseline} only this build is measured. Needs /usr/bin/time.
 */
public final class AlignProcessBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, Path> builds = new LinkedHashMap<>();
        builds.put("this build", Path.of("target/yuanwen.jar").toAbsolutePath());
        String baseline = System.getProperty("yuanwen.baseline");
        if (baseline != null) {
            builds.put("baseline", Path.of(baseline).toAbsolutePath());
        }
        Path bible = SharedData.resolve("bench/bible");
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("interview (seed 003 + transcript)", List.of("align", "--zh", SharedData.seed(3).toString(),
                "--en", SharedData.nadellaTranscript().toString(), "--name", "interview"));
        cases.put("Bible 006 (--pre-split)", List.of("align", "--pre-split", "--zh",
                bible.resolve("zh/006.txt").toString(), "--en", bible.resolve("en/006.txt").toString(),
                "--name", "bible"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createDirectories(Path.of("target/bench/align-process"));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Map<String, List<double[]>> measured = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                for (Map.Entry<String, Path> build : builds.entrySet()) {
                    // bin/yuanwen's JVM options, so the figures are what an installed command gives.
                    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-jar",
                            build.getValue().toString()));
                    command.addAll(c.getValue());
                    Files.createDirectories(work.resolve(slug(build.getKey())));
                    measured.computeIfAbsent(build.getKey(), k -> new ArrayList<>())
                            .add(WholeProcessBenchmark.timed(command, work.resolve(slug(build.getKey()))));
                }
            }
            System.out.println(c.getKey() + ":");
            for (Map.Entry<String, List<double[]>> m : measured.entrySet()) {
                List<Double> wall = m.getValue().stream().map(r -> r[0]).sorted().toList();
                long peakMb = (long) m.getValue().stream().mapToDouble(r -> r[1]).max().orElse(0) / 1024;
                System.out.printf(Locale.ROOT, "  %-10s best %6.2f s, median %6.2f s of %d runs, peak RSS %5d MB%n",
                        m.getKey(), wall.get(0), wall.get(wall.size() / 2), wall.size(), peakMb);
            }
        }
        System.out.printf(Locale.ROOT, "load average now: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static String slug(String label) {
        return label.replace(' ', '-');
    }
}
