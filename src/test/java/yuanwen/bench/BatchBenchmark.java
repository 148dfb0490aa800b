package yuanwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import yuanwen.SharedData;

/**
 * {@code align --manifest} on a real collection, as the user runs it: processes of the installed
 * launcher {@code target/yuanwen/bin/yuanwen} (its JVM options, class-data archive and JIT choice,
 * JVM start included): the 13 TED dev talks ({@code pre-split}), the 24 MAC-Test chapters
 * ({@code pre-split}) and the Nadella interview (seed 003 with its transcript), with the shipped
 * glossary. Measures {@code --jobs 1} against {@code --jobs 2}, the two alternating in each round
 * (best and median of {@code bench.repeats}, wall and CPU time, and that all runs write the same
 * bytes), for each JIT of {@code bench.jit} ({@code launcher}: the launcher's own choice;
 * {@code c1}: {@code -XX:TieredStopAtLevel=1}; {@code c2}: the optimising compiler too; given to
 * the launcher in {@code YUANWEN_JAVA_OPTS}, which comes after its own options). Then kills a run
 * once half the pairs are stored and checks that the next run redoes only the unfinished pairs,
 * and runs the three bad pairs (a missing file, broken bytes, English given as Chinese) beside good
 * ones. Prints the machine's load average with each figure: the two cores are shared, and a busy
 * neighbour halves a speed-up; CPU time (from {@code /usr/bin/time}) does not depend on it as much.
 *
 * <pre>mvn -o -q -B -DskipTests package &amp;&amp; nice -n 10 mvn -o -q -B test-compile exec:java -Dexec.mainClass=yuanwen.bench.BatchBenchmark
 *     (-Dbench.repeats=3 -Dbench.jit=launcher,c1,c2 -Dbench.copies=1)</pre>
 */
public final class BatchBenchmark {

    /** What {@code mvn package} installs: the launcher users put on their PATH. */
    static final Path LAUNCHER = Path.of("target/yuanwen/bin/yuanwen").toAbsolutePath();
    private static final Path TIME = Path.of("/usr/bin/time");

    private BatchBenchmark() {
    }

    /** The JIT variants: the JVM options added after the launcher's own. */
    static String jitOptions(String variant) {
        return switch (variant) {
            case "launcher" -> "";
            case "c1" -> "-XX:TieredStopAtLevel=1";
            case "c2" -> "-XX:TieredStopAtLevel=4";
            default -> throw new IllegalArgumentException("bench.jit: launcher, c1 or c2, not " + variant);
        };
    }

    public static void main(String[] args) throws Exception {
        Path glossary = Path.of("glossary/glossary.json").toAbsolutePath();
        int repeats = Integer.getInteger("bench.repeats", 3);
        int copies = Integer.getInteger("bench.copies", 1);
        List<String> variants = List.of(System.getProperty("bench.jit", "launcher").split(","));
        Path work = Files.createTempDirectory("yuanwen-batch-bench-");
        Path manifest = writeManifest(work.resolve("manifest.tsv"), copies);
        System.out.printf("manifest: %s (%d pairs); launcher %s%n", manifest, pairs(manifest), LAUNCHER);

        TreeMap<String, List<Run>> runs = new TreeMap<>();
        Path reference = null;
        boolean same = true;
        for (int round = 0; round < repeats; round++) {
            for (String variant : variants) {
                for (int jobs = 1; jobs <= 2; jobs++) {
                    Path out = fresh(work.resolve(variant + "-jobs" + jobs));
                    String load = load();
                    Run run = align(out, manifest, glossary, jitOptions(variant), "--jobs", String.valueOf(jobs));
                    check(run, 0);
                    runs.computeIfAbsent(variant + " --jobs " + jobs, k -> new ArrayList<>()).add(run);
                    System.out.printf(Locale.ROOT, "round %d  %-8s --jobs %d  %6.2f s wall  %6.2f s CPU   (load before: %s)%n",
                            round + 1, variant, jobs, run.seconds(), run.cpuSeconds(), load);
                    if (reference == null) {
                        reference = out;
                    } else if (round == 0) {
                        same &= sameOutputs(reference, out);
                    }
                }
            }
        }
        System.out.println("variant             best wall  median wall  median CPU");
        for (var entry : runs.entrySet()) {
            System.out.printf(Locale.ROOT, "%-18s %8.2f s   %8.2f s   %8.2f s%n", entry.getKey(),
                    best(entry.getValue()), median(entry.getValue(), Run::seconds),
                    median(entry.getValue(), Run::cpuSeconds));
        }
        for (String variant : variants) {
            List<Run> one = runs.get(variant + " --jobs 1");
            List<Run> two = runs.get(variant + " --jobs 2");
            System.out.printf(Locale.ROOT, "%-8s speed-up --jobs 2 over --jobs 1: best %.2fx, median %.2fx%n", variant,
                    best(one) / best(two), median(one, Run::seconds) / median(two, Run::seconds));
        }
        System.out.println("outputs identical (every variant and --jobs, byte for byte): " + same);

        resume(work, manifest, glossary, reference);
        badPairs(work, glossary);
    }

    private static double best(List<Run> runs) {
        return runs.stream().mapToDouble(Run::seconds).min().orElse(Double.NaN);
    }

    static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** Kills (SIGKILL) a --jobs 2 run once half the pairs are stored, then runs again: only the others are aligned. */
    private static void resume(Path work, Path manifest, Path glossary, Path unbroken) throws Exception {
        Path out = fresh(work.resolve("resume"));
        int total = pairs(manifest);
        // Not under /usr/bin/time: the kill is to reach the JVM (the launcher execs it).
        Started started = start(out, manifest, glossary, "", false, "--jobs", "2");
        long stored = 0;
        while (started.process().isAlive() && (stored = stored(out)) < total / 2) {
            Thread.sleep(50);
        }
        started.process().destroyForcibly().waitFor();
        stored = stored(out);
        Run again = align(out, manifest, glossary, "", "--jobs", "2");
        check(again, 0);
        String summary = again.stdout().lines().reduce((a, b) -> b).orElse("");
        System.out.printf("killed with %d of %d pairs stored; next run: %s; outputs identical to an unbroken run: %s%n",
                stored, total, summary, sameOutputs(out, unbroken));
    }

    private static long stored(Path dir) throws IOException {
        Path aligned = dir.resolve("aligned");
        if (!Files.isDirectory(aligned)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(aligned)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

    /** A missing file, bytes no encoding reads, and English given as Chinese, among good pairs. */
    private static void badPairs(Path work, Path glossary) throws Exception {
        Path shared = SharedData.root();
        Path dir = fresh(work.resolve("bad"));
        byte[] broken = Arrays.copyOf("这一章从这里开始。".getBytes(StandardCharsets.UTF_8), 30);
        broken[27] = (byte) 0xFF;
        broken[28] = (byte) 0xFF;
        broken[29] = 'x';
        Files.write(dir.resolve("broken.zh.txt"), broken);
        Path mac = shared.resolve("bench/mac-test");
        Path manifest = dir.resolve("manifest.tsv");
        Files.writeString(manifest, String.join("\n", "zh\ten\tname\tpre-split",
                mac.resolve("zh/001.txt") + "\t" + mac.resolve("en/001.txt") + "\tmac-001\tyes",
                dir.resolve("missing.zh.txt") + "\t" + mac.resolve("en/002.txt") + "\tmissing\tyes",
                dir.resolve("broken.zh.txt") + "\t" + mac.resolve("en/003.txt") + "\tbroken\tyes",
                shared.resolve("data/transcripts/nadella-bg2-2024-12.en.txt") + "\t"
                        + shared.resolve("data/transcripts/nadella-bg2-2024-12.en.txt") + "\tenglish-as-chinese\tno",
                mac.resolve("zh/004.txt") + "\t" + mac.resolve("en/004.txt") + "\tmac-004\tyes", ""));
        Run run = align(dir, manifest, glossary, "", "--jobs", "2");
        System.out.printf("bad pairs: exit status %d; standard error:%n%s", run.status(), run.stderr());
        System.out.println(run.stdout().lines().reduce((a, b) -> b).orElse(""));
    }

    /** The benchmark manifest, each pair {@code copies} times (names numbered after the first). */
    static Path writeManifest(Path file, int copies) throws IOException {
        Path shared = SharedData.root();
        List<String[]> pairs = new ArrayList<>();
        Path ted = shared.resolve("bench/ted");
        try (Stream<Path> talks = Files.list(ted)) {
            for (Path talk : talks.filter(Files::isDirectory).sorted().toList()) {
                pairs.add(new String[] {talk.resolve("zh.txt").toString(), talk.resolve("en.txt").toString(),
                        "ted-" + talk.getFileName(), "yes"});
            }
        }
        Path mac = shared.resolve("bench/mac-test");
        try (Stream<Path> chapters = Files.list(mac.resolve("zh"))) {
            for (Path chapter : chapters.sorted().toList()) {
                String name = chapter.getFileName().toString();
                pairs.add(new String[] {chapter.toString(), mac.resolve("en").resolve(name).toString(),
                        "mac-" + name.replace(".txt", ""), "yes"});
            }
        }
        pairs.add(new String[] {shared.resolve("seeds/003_e3234adf6918a1eb.txt").toString(),
                shared.resolve("data/transcripts/nadella-bg2-2024-12.en.txt").toString(), "nadella", "no"});
        StringBuilder tsv = new StringBuilder("zh\ten\tname\tpre-split\n");
        for (int copy = 0; copy < copies; copy++) {
            for (String[] p : pairs) {
                tsv.append(p[0]).append('\t').append(p[1]).append('\t').append(p[2]).append(copy == 0 ? "" : "-" + copy)
                        .append('\t').append(p[3]).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * @param seconds    wall time, JVM start to exit
     * @param cpuSeconds user and system time of the process (NaN where there is no {@code /usr/bin/time})
     */
    record Run(int status, String stdout, String stderr, double seconds, double cpuSeconds) {
    }

    /**
     * Runs {@code yuanwen --workspace DIR align --manifest … OPTIONS} through the launcher.
     *
     * @param javaOptions more JVM options for the launcher ({@code YUANWEN_JAVA_OPTS}), or ""
     */
    static Run align(Path workingDirectory, Path manifest, Path glossary, String javaOptions, String... options)
            throws Exception {
        long start = System.nanoTime();
        Started started = start(workingDirectory, manifest, glossary, javaOptions, true, options);
        int status = started.process().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(started.out(), StandardCharsets.UTF_8);
        String err = Files.readString(started.err(), StandardCharsets.UTF_8);
        double cpu = Double.NaN;
        if (started.times() != null) {
            // "user system" from /usr/bin/time -f, on the last line (the command's own stderr is apart).
            String[] times = Files.readString(started.times()).strip().lines().reduce((a, b) -> b).orElse("").split(" ");
            if (times.length == 2) {
                cpu = Double.parseDouble(times[0]) + Double.parseDouble(times[1]);
            }
            Files.delete(started.times());
        }
        Files.delete(started.out());
        Files.delete(started.err());
        return new Run(status, out, err, seconds, cpu);
    }

    /** A running command whose standard output and error go to files (and its CPU times, when timed). */
    record Started(Process process, Path out, Path err, Path times) {
    }

    private static Started start(Path workingDirectory, Path manifest, Path glossary, String javaOptions, boolean timed,
                                 String... options) throws IOException {
        List<String> command = new ArrayList<>();
        Path times = null;
        if (timed && Files.isExecutable(TIME)) {
            times = Files.createTempFile("yuanwen-bench", ".time");
            command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
        }
        command.addAll(List.of(LAUNCHER.toString(), "--workspace", workingDirectory.toString(), "align", "--manifest",
                manifest.toString(), "--glossary", glossary.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (javaOptions.isEmpty()) {
            builder.environment().remove("YUANWEN_JAVA_OPTS");
        } else {
            builder.environment().put("YUANWEN_JAVA_OPTS", javaOptions);
        }
        Path out = Files.createTempFile("yuanwen-bench", ".out");
        Path err = Files.createTempFile("yuanwen-bench", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Started(builder.start(), out, err, times);
    }

    static void check(Run run, int expected) {
        if (run.status() != expected) {
            throw new IllegalStateException("exit status " + run.status() + ": " + run.stderr());
        }
    }

    /** Every aligned/NAME.json of two working folders, byte for byte. */
    static boolean sameOutputs(Path a, Path b) throws IOException {
        TreeMap<String, byte[]> left = outputs(a);
        TreeMap<String, byte[]> right = outputs(b);
        if (!left.keySet().equals(right.keySet())) {
            return false;
        }
        return left.keySet().stream().allMatch(name -> Arrays.equals(left.get(name), right.get(name)));
    }

    static TreeMap<String, byte[]> outputs(Path dir) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        Path aligned = dir.resolve("aligned");
        try (Stream<Path> list = Files.list(aligned)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".json")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    static int pairs(Path manifest) throws IOException {
        return (int) Files.readAllLines(manifest).stream().skip(1).filter(l -> !l.isBlank()).count();
    }

    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }

    /** The 1-minute load average, from /proc/loadavg. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
