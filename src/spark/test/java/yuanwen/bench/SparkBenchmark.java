package yuanwen.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Spark job in {@code local[2]} against {@code align --manifest --jobs 2} on the
 * {@link BatchBenchmark} manifest repeated 1, 4 and 16 times (each copy under its own names, so
 * every pair is aligned), both run as their users run them, as fresh processes: the batch through
 * the installed launcher ({@code target/yuanwen/bin/yuanwen}), the job as {@code spark-submit}
 * runs it, {@code java -Xmx1g} (spark-submit's default {@code --driver-memory}) with Spark's
 * Java 17 options, {@code org.apache.spark.deploy.SparkSubmit --master local[2] --class
 * yuanwen.spark.AlignJob target/yuanwen-spark.jar …} on a classpath of Spark and its libraries
 * only (this profile's test classpath less Yuanwen's classes and the libraries the job's jar
 * carries, so that the job's code and data come from its jar as on a cluster). Spark's start-up
 * is in its time, as the JVM's is in the batch's. Both run with the batch launcher's collector and
 * JIT for {@code align --manifest} (serial GC; the quick compiler unless {@code bench.jit=c2}), so
 * that the two compare the work, not the JVM's defaults ({@code bench.sparkjvm=default} runs the
 * job with the JVM's own). Prints wall and CPU time (from {@code /usr/bin/time}) and the load
 * average, and checks that the job's JSON equals the batch's for every pair.
 *
 * <pre>mvn -o -q -B -Pspark -DskipTests package &amp;&amp; nice -n 10 mvn -o -q -B -Pspark test-compile exec:exec \
 *     -Dexec.executable=java -Dexec.args="-cp %classpath yuanwen.bench.SparkBenchmark"</pre>
 * ({@code -Dbench.copies=1,4} for a shorter curve; {@code exec:exec} passes {@code -D} options to
 * the benchmark only inside {@code -Dexec.args}.)
 */
public final class SparkBenchmark {

    /** What spark-submit adds for Java 17 (Spark's JavaModuleOptions), for the job's own JVM. */
    private static final List<String> OPENS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");
    private static final Path TIME = Path.of("/usr/bin/time");

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path sparkJar = Path.of("target/yuanwen-spark.jar").toAbsolutePath();
        if (!Files.isRegularFile(sparkJar) || !Files.isExecutable(BatchBenchmark.LAUNCHER)) {
            throw new IllegalStateException("build first: mvn -o -q -B -Pspark -DskipTests package");
        }
        Path glossary = Path.of("glossary/glossary.json").toAbsolutePath();
        Path logback = Path.of("src/spark/test/logback-test.xml").toAbsolutePath();
        String jit = System.getProperty("bench.jit", "c1");
        boolean defaultJvm = System.getProperty("bench.sparkjvm", "batch").equals("default");
        Path work = Files.createTempDirectory("yuanwen-spark-bench-");
        String classpath = sparkClasspath();
        System.out.printf("batch: %s (%s); Spark: SparkSubmit local[2] %s (%s JVM options)%n", BatchBenchmark.LAUNCHER,
                jit, sparkJar, defaultJvm ? "the JVM's default" : "the batch's");
        System.out.println("copies  pairs   batch --jobs 2 (wall, CPU)   Spark local[2] (wall, CPU)   Spark / batch"
                + "   identical   load");
        for (String copiesText : System.getProperty("bench.copies", "1,4,16").split(",")) {
            int copies = Integer.parseInt(copiesText.strip());
            Path manifest = BatchBenchmark.writeManifest(work.resolve("manifest-" + copies + ".tsv"), copies);
            Path batchDir = BatchBenchmark.fresh(work.resolve("batch-" + copies));
            String load = BatchBenchmark.load();
            BatchBenchmark.Run batch = BatchBenchmark.align(batchDir, manifest, glossary, BatchBenchmark.jitOptions(jit),
                    "--jobs", "2");
            BatchBenchmark.check(batch, 0);

            Path sparkDir = BatchBenchmark.fresh(work.resolve("spark-" + copies));
            List<String> command = new ArrayList<>();
            Path times = Files.createTempFile("yuanwen-spark-bench", ".time");
            if (Files.isExecutable(TIME)) {
                command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
            if (!defaultJvm) {
                command.add("-XX:+UseSerialGC");
                String options = BatchBenchmark.jitOptions(jit);
                if (!options.isEmpty()) {
                    command.add(options);
                }
            }
            command.addAll(OPENS);
            command.addAll(List.of("-Dlogback.configurationFile=" + logback, "-cp", classpath,
                    "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
                    "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                    "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--class", "yuanwen.spark.AlignJob", sparkJar.toString(),
                    "--manifest", manifest.toString(), "--out", sparkDir.toString(), "--glossary", glossary.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(sparkDir.toFile());
            builder.environment().put("LC_ALL", "C.UTF-8");
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            Path log = work.resolve("spark-" + copies + ".log");
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            long start = System.nanoTime();
            int status = builder.start().waitFor();
            double sparkSeconds = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                throw new IllegalStateException("Spark job exit status " + status + ": "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            double sparkCpu = cpu(times);
            boolean same = BatchBenchmark.sameOutputs(batchDir, sparkDir);
            System.out.printf(Locale.ROOT, "%6d  %5d   %8.1f s, %6.1f s CPU     %8.1f s, %6.1f s CPU      %10.2f"
                            + "   %9s   %s%n", copies, BatchBenchmark.pairs(manifest), batch.seconds(), batch.cpuSeconds(),
                    sparkSeconds, sparkCpu, sparkSeconds / batch.seconds(), same, load);
        }
    }

    /**
     * Spark and its libraries, as a Spark distribution's {@code jars/} holds them: the profile's test
     * classpath without Yuanwen's own classes and without the libraries {@code yuanwen-spark.jar}
     * carries (OpenNLP, juniversalchardet, Jackson 3), so that those come from the job's jar alone.
     */
    static String sparkClasspath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            boolean project = path.endsWith("/target/classes") || path.endsWith("/target/test-classes");
            boolean inJobJar = path.contains("/org/apache/opennlp/") || path.contains("/juniversalchardet/")
                    || path.contains("/tools/jackson/");
            if (!project && !inJobJar) {
                kept.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, kept);
    }

    private static double cpu(Path times) throws java.io.IOException {
        String[] fields = Files.readString(times).strip().lines().reduce((a, b) -> b).orElse("").split(" ");
        Files.delete(times);
        return fields.length == 2 ? Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]) : Double.NaN;
    }
}
