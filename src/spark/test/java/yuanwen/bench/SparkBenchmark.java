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
 * every pair is aligned), both as fresh processes: Spark's start-up is in its time, as the JVM's
 * is in the batch's. Checks that the job's JSON equals the batch's for every pair.
 *
 * <pre>mvn -o -q -B -DskipTests package &amp;&amp; mvn -o -q -B -Pspark test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath yuanwen.bench.SparkBenchmark"</pre>
 * ({@code -Dbench.copies=1,4} for a shorter curve.)
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

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/yuanwen.jar").toAbsolutePath();
        Path glossary = Path.of("glossary/glossary.json").toAbsolutePath();
        Path logback = Path.of("src/spark/test/logback-test.xml").toAbsolutePath();
        Path work = Files.createTempDirectory("yuanwen-spark-bench-");
        System.out.println("copies  pairs   batch --jobs 2   Spark local[2]   Spark / batch   identical   load");
        for (String copiesText : System.getProperty("bench.copies", "1,4,16").split(",")) {
            int copies = Integer.parseInt(copiesText.strip());
            Path manifest = BatchBenchmark.writeManifest(work.resolve("manifest-" + copies + ".tsv"), copies);
            Path batchDir = BatchBenchmark.fresh(work.resolve("batch-" + copies));
            String load = BatchBenchmark.load();
            long start = System.nanoTime();
            BatchBenchmark.Run batch = BatchBenchmark.align(jar, batchDir, manifest, glossary, "--jobs", "2");
            double batchSeconds = (System.nanoTime() - start) / 1e9;
            BatchBenchmark.check(batch, 0);

            Path sparkDir = BatchBenchmark.fresh(work.resolve("spark-" + copies));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx2g"));
            command.addAll(OPENS);
            command.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                    "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                    "-Dlogback.configurationFile=" + logback, "-cp", System.getProperty("java.class.path"),
                    "yuanwen.spark.AlignJob", "--manifest", manifest.toString(), "--out", sparkDir.toString(),
                    "--glossary", glossary.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(sparkDir.toFile());
            builder.environment().put("LC_ALL", "C.UTF-8");
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            Path log = work.resolve("spark-" + copies + ".log");
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            start = System.nanoTime();
            int status = builder.start().waitFor();
            double sparkSeconds = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                throw new IllegalStateException("Spark job exit status " + status + ": "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            boolean same = BatchBenchmark.sameOutputs(batchDir, sparkDir);
            System.out.printf(Locale.ROOT, "%6d  %5d   %12.1f s   %12.1f s   %13.2f   %9s   %s%n", copies,
                    BatchBenchmark.pairs(manifest), batchSeconds, sparkSeconds, sparkSeconds / batchSeconds, same,
                    load);
        }
    }
}
