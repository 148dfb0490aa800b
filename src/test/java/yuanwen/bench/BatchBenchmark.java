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
 * {@code align --manifest} on a real collection, as processes of the packaged jar (JVM start
 * included, as a user runs it): the 13 TED dev talks ({@code pre-split}), the 24 MAC-Test chapters
 * ({@code pre-split}) and the Nadella interview (seed 003 with its transcript), with the shipped
 * glossary. Measures {@code --jobs 1} against {@code --jobs 2} (best of {@code bench.repeats}, and
 * that both write the same bytes), kills a run once half the pairs are stored and checks that the next run redoes only
 * the unfinished pairs, and runs the three bad pairs (a missing file, broken bytes, English given
 * as Chinese) beside good ones. Prints the machine's load average with each figure: the cores are
 * shared, and a busy neighbour halves a speed-up.
 *
 * <pre>mvn -o -q -B -DskipTests package &amp;&amp; mvn -o -q -B test-compile exec:java -Dexec.mainClass=yuanwen.bench.BatchBenchmark</pre>
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/yuanwen.jar").toAbsolutePath();
        Path glossary = Path.of("glossary/glossary.json").toAbsolutePath();
        int repeats = Integer.getInteger("bench.repeats", 3);
        Path work = Files.createTempDirectory("yuanwen-batch-bench-");
        Path manifest = writeManifest(work.resolve("manifest.tsv"), 1);
        System.out.printf("manifest: %s (%d pairs)%n", manifest, pairs(manifest));

        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < repeats; round++) {
            for (int jobs = 1; jobs <= 2; jobs++) {
                Path out = fresh(work.resolve("jobs" + jobs));
                String load = load();
                long start = System.nanoTime();
                Run run = align(jar, out, manifest, glossary, "--jobs", String.valueOf(jobs));
                double seconds = (System.nanoTime() - start) / 1e9;
                check(run, 0);
                best[jobs - 1] = Math.min(best[jobs - 1], seconds);
                System.out.printf(Locale.ROOT, "round %d  --jobs %d  %6.1f s   (load before: %s)%n", round + 1, jobs,
                        seconds, load);
            }
        }
        boolean same = sameOutputs(work.resolve("jobs1"), work.resolve("jobs2"));
        System.out.printf(Locale.ROOT, "best: --jobs 1 %.1f s, --jobs 2 %.1f s: speed-up %.2fx; outputs identical: %s%n",
                best[0], best[1], best[0] / best[1], same);

        resume(jar, work, manifest, glossary);
        badPairs(jar, work, glossary);
    }

    /** Kills (SIGKILL) a --jobs 2 run once half the pairs are stored, then runs again: only the others are aligned. */
    private static void resume(Path jar, Path work, Path manifest, Path glossary) throws Exception {
        Path out = fresh(work.resolve("resume"));
        int total = pairs(manifest);
        Started started = start(jar, out, manifest, glossary, "--jobs", "2");
        long stored = 0;
        while (started.process().isAlive() && (stored = stored(out)) < total / 2) {
            Thread.sleep(50);
        }
        started.process().destroyForcibly().waitFor();
        stored = stored(out);
        Run again = align(jar, out, manifest, glossary, "--jobs", "2");
        check(again, 0);
        String summary = again.stdout().lines().reduce((a, b) -> b).orElse("");
        System.out.printf("killed with %d of %d pairs stored; next run: %s; outputs identical to an unbroken run: %s%n",
                stored, total, summary, sameOutputs(out, work.resolve("jobs2")));
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
    private static void badPairs(Path jar, Path work, Path glossary) throws Exception {
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
        Run run = align(jar, dir, manifest, glossary, "--jobs", "2");
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

    record Run(int status, String stdout, String stderr) {
    }

    static Run align(Path jar, Path workingDirectory, Path manifest, Path glossary, String... options) throws Exception {
        Started started = start(jar, workingDirectory, manifest, glossary, options);
        int status = started.process().waitFor();
        String out = Files.readString(started.out(), StandardCharsets.UTF_8);
        String err = Files.readString(started.err(), StandardCharsets.UTF_8);
        Files.delete(started.out());
        Files.delete(started.err());
        return new Run(status, out, err);
    }

    /** A running command whose standard output and error go to files. */
    record Started(Process process, Path out, Path err) {
    }

    private static Started start(Path jar, Path workingDirectory, Path manifest, Path glossary, String... options)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-jar", jar.toString(), "--workspace", workingDirectory.toString(), "align", "--manifest",
                manifest.toString(), "--glossary", glossary.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Path out = Files.createTempFile("yuanwen-bench", ".out");
        Path err = Files.createTempFile("yuanwen-bench", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Started(builder.start(), out, err);
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
