package yuanwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import yuanwen.SharedData;

/**
 * Start-up and memory of the installed command, as a user meets them: a one-shot {@code convert} of a
 * short string through {@code target/yuanwen/bin/yuanwen} (class-data-sharing archive, unpacked jar)
 * beside the same through {@code java -jar target/yuanwen.jar} (no archive), each run several times,
 * with wall time, CPU time (user + system: what the machine spent, whatever else runs on it) and peak
 * resident memory from GNU time; the runs of the two alternate, so that both meet the same load (the
 * load average is printed before and after). Then the same installation copied to another folder,
 * as a user who moves it: its first run makes the class-data-sharing archive for the new place
 * (timed once), the runs after use it. Then, when {@code ../shared} is there, Bible document 006
 * aligned through {@code bin/yuanwen} with its peak resident memory.
 *
 * <pre>
 * mvn -o -q -B -DskipTests package &amp;&amp; mvn -o -q -B test-compile exec:java \
 *     -Dexec.mainClass=yuanwen.bench.StartupBenchmark [-Dexec.args="RUNS [bible]"]
 * </pre>
 */
public final class StartupBenchmark {

    private static final Path TIME = Path.of("/usr/bin/time");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean bible = Arrays.asList(args).contains("bible");
        if (!Files.isExecutable(TIME)) {
            System.out.println("GNU time (/usr/bin/time) is needed for CPU time and resident memory");
            return;
        }
        Path launcher = Path.of("target", "yuanwen", "bin", "yuanwen").toAbsolutePath();
        Path jar = Path.of("target", "yuanwen.jar").toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path folder = Files.createTempDirectory("yuanwen-startup");
        List<String> convert = List.of("convert", "--config", "s2t", "软件和网络");
        System.out.println("load average: " + loadAverage());
        report(folder, runs, List.of("bin/yuanwen (CDS archive, AOT)", "java -jar yuanwen.jar (no archive)"),
                List.of(join(List.of(launcher.toString()), convert),
                        join(List.of(java.toString(), "-Xmx1g", "-XX:+UseSerialGC", "-jar", jar.toString()), convert)));
        Path moved = Files.createTempDirectory("yuanwen-moved").resolve("yuanwen");
        copyTree(launcher.getParent().getParent(), moved);
        List<String> movedCommand = join(List.of(moved.resolve("bin/yuanwen").toString()), convert);
        report(folder, 1, List.of("moved installation, first run"), List.of(movedCommand));
        report(folder, runs, List.of("moved installation, after"), List.of(movedCommand));
        System.out.println("load average: " + loadAverage());
        if (bible && Files.isDirectory(SharedData.resolve("bench/bible"))) {
            Path bench = SharedData.resolve("bench/bible").toAbsolutePath();
            Files.createDirectories(folder.resolve("aligned"));
            report("bin/yuanwen align Bible 006 (pre-split)", folder, List.of(launcher.toString(), "align", "--pre-split",
                    "--zh", bench.resolve("zh/006.txt").toString(), "--en", bench.resolve("en/006.txt").toString(),
                    "--name", "bible006", "--glossary", "none"), 1);
        }
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Runs the command {@code runs} times in {@code folder}; prints the median and the range of each figure. */
    private static void report(String label, Path folder, List<String> command, int runs) throws Exception {
        report(folder, runs, List.of(label), List.of(command));
    }

    /**
     * Runs each command {@code runs} times in {@code folder}, one run of each in turn; prints the
     * median and the range of each figure per command.
     */
    private static void report(Path folder, int runs, List<String> labels, List<List<String>> commands) throws Exception {
        List<List<double[]>> figures = new ArrayList<>();
        commands.forEach(c -> figures.add(new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < commands.size(); c++) {
                figures.get(c).add(timed(folder, commands.get(c)));
            }
        }
        for (int c = 0; c < commands.size(); c++) {
            System.out.printf(Locale.ROOT, "%-40s wall %s s, CPU %s s, peak RSS %s MB (%d runs)%n", labels.get(c),
                    median(figures.get(c), 0), median(figures.get(c), 1), median(figures.get(c), 2), runs);
        }
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.isReadable(load) ? Files.readString(load).strip() : "unknown";
    }

    /** A copy of an installation, file times kept (as cp -a or unzip keep them). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String median(List<double[]> figures, int column) {
        double[] values = figures.stream().mapToDouble(f -> f[column]).sorted().toArray();
        double median = values[values.length / 2];
        return values.length == 1 ? String.format(Locale.ROOT, "%.2f", median)
                : String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median, values[0], values[values.length - 1]);
    }

    /** wall seconds, CPU seconds (user + system), peak RSS in MB. */
    private static double[] timed(Path folder, List<String> command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("yuanwen-time", ".txt");
        List<String> timedCommand = new ArrayList<>(List.of(TIME.toString(), "-o", report.toString(), "-f", "%e %U %S %M"));
        timedCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timedCommand).directory(folder.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().remove("YUANWEN_HOME");
        int status = builder.start().waitFor();
        String[] fields = Files.readString(report, StandardCharsets.UTF_8).strip().split("\\s+");
        Files.delete(report);
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
        }
        int n = fields.length;
        return new double[] {Double.parseDouble(fields[n - 4]),
                Double.parseDouble(fields[n - 3]) + Double.parseDouble(fields[n - 2]), Double.parseDouble(fields[n - 1]) / 1024};
    }
}
