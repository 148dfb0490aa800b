package yuanwen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yuanwen.SharedData;

/**
 * The whole {@code align} command as a user runs it, this build against an earlier one, on the
 * interview (seed 003 + its transcript) and on Bible 006 (pre-split, 42,687 + 30,000 sentences):
 * wall time, CPU time (user + system) and peak resident memory from GNU time. Runs alternate between
 * the builds (A B B A A B …) so that both see the same machine load; the best and the median of each are
 * printed (CPU time says more than wall time on a shared machine). Each build writes into its own
 * folder under {@code target/bench/align-process}, a workspace (it holds {@code aligned/}).
 *
 * <pre>mvn -o -q -DskipTests package && mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=yuanwen.bench.AlignProcessBenchmark -Dyuanwen.baseline=OLD/yuanwen.jar [-Dexec.args=RUNS]</pre>
 * Without {@code yuanwen.baseline} only this build is measured; {@code -Dyuanwen.build=JAR} measures
 * that jar as this build instead of {@code target/yuanwen.jar} (so that a rebuild during the run
 * changes nothing). Needs /usr/bin/time.
 */
public final class AlignProcessBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, Path> builds = new LinkedHashMap<>();
        builds.put("this build", Path.of(System.getProperty("yuanwen.build", "target/yuanwen.jar")).toAbsolutePath());
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
                List<Map.Entry<String, Path>> order = new ArrayList<>(builds.entrySet());
                if (run % 2 == 1) {
                    Collections.reverse(order); // A B, B A, …: neither build always runs first
                }
                for (Map.Entry<String, Path> build : order) {
                    // bin/yuanwen's JVM options, so the figures are what an installed command gives.
                    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-jar",
                            build.getValue().toString()));
                    command.addAll(c.getValue());
                    // align writes only in a workspace: a folder holding aligned/ is one.
                    Files.createDirectories(work.resolve(slug(build.getKey())).resolve("aligned"));
                    measured.computeIfAbsent(build.getKey(), k -> new ArrayList<>())
                            .add(timed(command, work.resolve(slug(build.getKey()))));
                }
            }
            System.out.println(c.getKey() + ":");
            for (Map.Entry<String, List<double[]>> m : measured.entrySet()) {
                List<Double> wall = m.getValue().stream().map(r -> r[0]).sorted().toList();
                List<Double> cpu = m.getValue().stream().map(r -> r[2]).sorted().toList();
                long peakMb = (long) m.getValue().stream().mapToDouble(r -> r[1]).max().orElse(0) / 1024;
                System.out.printf(Locale.ROOT, "  %-10s wall best %6.2f s, median %6.2f s; CPU (user + sys) best %6.2f s,"
                        + " median %6.2f s; of %d runs, peak RSS %5d MB%n", m.getKey(), wall.get(0),
                        wall.get(wall.size() / 2), cpu.get(0), cpu.get(cpu.size() / 2), wall.size(), peakMb);
            }
        }
        System.out.printf(Locale.ROOT, "load average now: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** Wall seconds, peak resident kilobytes and CPU seconds (user + system) of one run, as GNU time measures them. */
    private static double[] timed(List<String> command, Path directory) throws IOException, InterruptedException {
        Path measurements = Files.createTempFile("time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", measurements.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).directory(directory.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        int status = builder.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
        }
        String[] fields = Files.readString(measurements).trim().split("\\s+");
        Files.delete(measurements);
        int n = fields.length;
        return new double[]{Double.parseDouble(fields[n - 4]), Double.parseDouble(fields[n - 3]),
            Double.parseDouble(fields[n - 2]) + Double.parseDouble(fields[n - 1])};
    }

    private static String slug(String label) {
        return label.replace(' ', '-');
    }
}
