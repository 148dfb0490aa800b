package yuanwen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import yuanwen.SharedData;
import yuanwen.script.Conversions;

/**
 * Whole-process conversion of a 20x concatenation of the Zuo Zhuan (about 37 MB): {@code java -jar
 * target/yuanwen.jar convert} beside Debian's {@code opencc} CLI, for s2t and t2s, with wall time and
 * peak resident memory from GNU time. Also times a one-shot convert of a short string (start-up).
 *
 * <pre>mvn -q -DskipTests package && mvn -q test-compile exec:java -Dexec.mainClass=yuanwen.bench.WholeProcessBenchmark</pre>
 * Needs /usr/bin/time, and /usr/bin/opencc for the comparison (apt-get install time opencc).
 */
public final class WholeProcessBenchmark {

    private static final int COPIES = 20;
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of("target/bench"));
        String simplified = Files.readString(SharedData.resolve("bench/opencc/zuozhuan.txt"));
        Path s2tInput = work.resolve("zuozhuan-x20.zh-Hans.txt");
        Path t2sInput = work.resolve("zuozhuan-x20.zh-Hant.txt");
        Files.writeString(s2tInput, simplified.repeat(COPIES));
        Files.writeString(t2sInput, Conversions.standard().get("s2t").convert(simplified).repeat(COPIES));
        System.out.printf(Locale.ROOT, "input: %s (%.1f MB), %s (%.1f MB)%n", s2tInput, Files.size(s2tInput) / 1e6,
                t2sInput, Files.size(t2sInput) / 1e6);
        String jar = Path.of("target/yuanwen.jar").toAbsolutePath().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = work.resolve("out.txt");
        boolean opencc = Files.isExecutable(Path.of("/usr/bin/opencc"));
        for (String config : List.of("s2t", "t2s")) {
            Path input = config.equals("s2t") ? s2tInput : t2sInput;
            report("yuanwen " + config, List.of(java, "-jar", jar, "convert", "--config", config, "--in",
                    input.toString(), "--out", out.toString(), "--force"));
            if (opencc) {
                report("opencc  " + config, List.of("/usr/bin/opencc", "-c", config + ".json", "-i",
                        input.toString(), "-o", out.toString()));
            }
        }
        report("yuanwen start-up (convert of a short string)",
                List.of(java, "-jar", jar, "convert", "--config", "tw2sp", "軟體"));
    }

    private static void report(String label, List<String> command) throws Exception {
        double best = Double.MAX_VALUE;
        long peakKb = 0;
        for (int i = 0; i < RUNS; i++) {
            double[] run = timed(command);
            best = Math.min(best, run[0]);
            peakKb = Math.max(peakKb, (long) run[1]);
        }
        System.out.printf(Locale.ROOT, "%-46s best of %d: %6.2f s wall, peak RSS %5d MB%n", label, RUNS, best,
                peakKb / 1024);
    }

    /** Wall seconds and peak resident kilobytes of one run, as GNU time measures them. */
    static double[] timed(List<String> command) throws IOException, InterruptedException {
        return timed(command, null);
    }

    /** The same, run in folder {@code directory} (null: this one), its standard error discarded. */
    static double[] timed(List<String> command, Path directory) throws IOException, InterruptedException {
        Path measurements = Files.createTempFile("time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", measurements.toString()));
        full.addAll(command);
        // In a folder of its own the command is an align, whose progress lines would drown the figures.
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(directory == null ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().put("LC_ALL", "C.UTF-8");
        int status = builder.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
        }
        String[] fields = Files.readString(measurements).trim().split("\\s+");
        Files.delete(measurements);
        return new double[]{Double.parseDouble(fields[fields.length - 2]), Double.parseDouble(fields[fields.length - 1])};
    }
}
