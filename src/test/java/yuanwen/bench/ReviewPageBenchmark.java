package yuanwen.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import yuanwen.SharedData;
import yuanwen.glossary.GlossaryFile;
import yuanwen.review.AlignRun;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.web.Browser;
import yuanwen.web.PageRenderer;
import yuanwen.web.ReviewServer;

/**
 * Review page speed on the interview (seed 003 + transcript, shipped glossary: 730 pairs).
 *
 * <p>First the export ({@code pairs export --format html}: file read, view, template) in this
 * process, wall and CPU time. Then the pages in headless chromium, as the browser's own clocks
 * (Navigation and Paint Timing, Largest Contentful Paint) and its renderer's main-thread CPU time
 * (DevTools' Performance metrics) give them, for three pages: the exported file; the live page
 * reloaded (the file unchanged since the last load); the live page of a new version of the file
 * (what the page loads after each change: the server renders it anew). The times are from the
 * navigation's start: the server's answer (first byte), first contentful paint, the largest paint,
 * DOMContentLoaded (the page's inline script has run: filters, keys and review work) and the load
 * event. Median of the runs after two warm-ups.
 *
 * <p>Several builds in one run, their pages loaded in turn in the same browser (the machine is
 * shared: turns spread its load over the builds alike): {@code -Dbench.jars=NAME=JAR,…} names
 * packaged jars, each run as {@code java -jar JAR review} and {@code pairs export --format html}
 * in a workspace of its own; without it, this build in this process. The server's CPU per load of
 * a jar build is its process's CPU time over the loads.
 *
 * <p>Run: {@code mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=yuanwen.bench.ReviewPageBenchmark}; before and after a change:
 * {@code -Dbench.jars=before=/tmp/base/target/yuanwen.jar,after=target/yuanwen.jar} (the first
 * built with {@code mvn -o -q -DskipTests package} in a clone at the earlier commit, the second
 * with the same here). {@code -Dbench.runs=N} (default 10).
 */
public final class ReviewPageBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final int WARM_UP = 2;
    private static final List<String> PAGES = List.of("export", "live, reloaded", "live, new version");
    private static final List<String> TIMES = List.of("server", "first paint", "largest paint", "interactive", "loaded",
            "main-thread CPU", "layout", "style", "script");

    private ReviewPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "load average at the start: %s%n", loadAverage());
        Path folder = Files.createTempDirectory("yuanwen-review-bench");
        AlignedStore store = new AlignedStore(folder.resolve("aligned"));
        new AlignRun(store).run(new AlignRun.Request(SharedData.seed(3), SharedData.nadellaTranscript(), "nadella", false,
                GlossaryFile.DEFAULT), stage -> { });
        AlignmentFile file = store.load("nadella");
        exportInProcess(store, file);

        List<Build> builds = builds(folder, store);
        ChromeDriver driver = Browser.open(folder.resolve("profile"));
        Map<String, List<Map<String, Double>>> samples = new LinkedHashMap<>();
        try {
            for (int run = -WARM_UP; run < RUNS; run++) {
                if (run == 0) {
                    builds.forEach(Build::startCounting);
                }
                for (Build build : builds) {
                    for (String page : PAGES) {
                        driver.get("about:blank");
                        if (page.equals("live, new version")) {
                            build.newVersion();
                        }
                        Map<String, Double> sample = load(driver, page.equals("export") ? build.export : build.live);
                        if (run >= 0) {
                            samples.computeIfAbsent(build.name + "\t" + page, k -> new ArrayList<>()).add(sample);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "in headless chromium, median of %d loads (ms from the navigation's start;"
                    + " CPU: the renderer's main thread; load average now %s):%n", RUNS, loadAverage());
            System.out.println("build\tpage\t" + String.join("\t", TIMES) + "\tslowest loaded");
            samples.forEach((key, list) -> {
                StringBuilder line = new StringBuilder(key);
                for (String time : TIMES) {
                    line.append('\t').append(String.format(Locale.ROOT, "%.0f", median(list, time)));
                }
                line.append('\t').append(String.format(Locale.ROOT, "%.0f",
                        list.stream().mapToDouble(s -> s.get("loaded")).max().orElse(0)));
                System.out.println(line);
            });
            for (Build build : builds) {
                build.reportServerCpu(2 * RUNS);
            }
        } finally {
            driver.quit();
            builds.forEach(Build::close);
        }
    }

    private static void exportInProcess(AlignedStore store, AlignmentFile file) {
        PageRenderer renderer = new PageRenderer();
        long coldStart = System.nanoTime();
        String html = renderer.export(file);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        double[] export = new double[RUNS];
        double[] exportCpu = new double[RUNS];
        var threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            renderer.export(store.load("nadella"));
            export[run] = (System.nanoTime() - start) / 1e6;
            exportCpu[run] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        // CPU time as well as wall time: on a shared machine the wall time measures the neighbours.
        System.out.printf(Locale.ROOT, "export (this build, in process), %d pairs, %,d bytes of HTML: first %.0f ms;"
                        + " then file read + view + render median %.0f ms wall (fastest %.0f), %.0f ms CPU%n",
                file.links().size(), html.getBytes(StandardCharsets.UTF_8).length, cold, median(export),
                Arrays.stream(export).min().orElse(0), median(exportCpu));
    }

    /**
     * One page load, measured by the browser: Navigation Timing, paint entries, the largest
     * contentful paint and the renderer's main-thread CPU (DevTools' Performance domain, in thread
     * ticks) spent from the navigation to the load event.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> load(ChromeDriver driver, String address) {
        driver.executeCdpCommand("Performance.enable", Map.of("timeDomain", "threadTicks"));
        Map<String, Double> before = metrics(driver);
        driver.get(address);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "true".equals(
                driver.executeScript("return document.body && document.body.getAttribute('data-ready')")));
        Map<String, Object> timing = (Map<String, Object>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                function answer(largest) {
                  var n = performance.getEntriesByType('navigation')[0];
                  var paint = performance.getEntriesByName('first-contentful-paint')[0];
                  done({ start: n.startTime, request: n.requestStart, firstByte: n.responseStart,
                         paint: paint ? paint.startTime : -1, largest: largest,
                         interactive: n.domContentLoadedEventEnd, loaded: n.loadEventEnd });
                }
                function whenLoaded() {
                  var n = performance.getEntriesByType('navigation')[0];
                  if (!n || n.loadEventEnd === 0) { setTimeout(whenLoaded, 20); return; }
                  var seen = false;
                  new PerformanceObserver(function (list) {
                    if (seen) { return; }
                    seen = true;
                    var entries = list.getEntries();
                    answer(entries[entries.length - 1].startTime);
                  }).observe({ type: 'largest-contentful-paint', buffered: true });
                  setTimeout(function () { if (!seen) { seen = true; answer(-1); } }, 2000);
                }
                whenLoaded();""");
        Map<String, Double> after = metrics(driver);
        Map<String, Double> sample = new HashMap<>();
        double start = number(timing, "start");
        sample.put("server", number(timing, "firstByte") - number(timing, "request"));
        sample.put("first paint", number(timing, "paint") - start);
        sample.put("largest paint", number(timing, "largest") - start);
        sample.put("interactive", number(timing, "interactive") - start);
        sample.put("loaded", number(timing, "loaded") - start);
        // A new renderer process (another site) starts its counters at zero.
        boolean sameProcess = after.getOrDefault("TaskDuration", 0.0) >= before.getOrDefault("TaskDuration", 0.0);
        for (String[] metric : new String[][] {{"main-thread CPU", "TaskDuration"}, {"layout", "LayoutDuration"},
                {"style", "RecalcStyleDuration"}, {"script", "ScriptDuration"}}) {
            double now = after.getOrDefault(metric[1], 0.0);
            sample.put(metric[0], 1000 * (sameProcess ? now - before.getOrDefault(metric[1], 0.0) : now));
        }
        return sample;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> metrics(ChromeDriver driver) {
        Map<String, Double> values = new HashMap<>();
        for (Map<String, Object> metric : (List<Map<String, Object>>) driver.executeCdpCommand("Performance.getMetrics",
                Map.of()).get("metrics")) {
            values.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue());
        }
        return values;
    }

    private static List<Build> builds(Path folder, AlignedStore aligned) throws IOException {
        List<Build> builds = new ArrayList<>();
        String jars = System.getProperty("bench.jars", "");
        if (jars.isBlank()) {
            builds.add(Build.inProcess(folder.resolve("this-build"), aligned));
            return builds;
        }
        for (String item : jars.split(",")) {
            String[] nameAndJar = item.split("=", 2);
            builds.add(Build.ofJar(nameAndJar[0], Path.of(nameAndJar[1]).toAbsolutePath(), folder.resolve(nameAndJar[0]),
                    aligned));
        }
        return builds;
    }

    /** One build's pages: its live page's address, its export, and its server (a process, for a jar). */
    private static final class Build implements AutoCloseable {
        private static final Pattern ADDRESS = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]+/)");

        final String name;
        final Path workspace;
        String live;
        String export;
        private Process server;
        private ReviewServer inProcess;
        private Duration cpuAtStart;

        private Build(String name, Path workspace, AlignedStore aligned) throws IOException {
            this.name = name;
            this.workspace = workspace;
            Files.createDirectories(workspace.resolve("aligned"));
            Files.copy(aligned.fileOf("nadella"), workspace.resolve("aligned/nadella.json"));
        }

        static Build inProcess(Path workspace, AlignedStore aligned) throws IOException {
            Build build = new Build("this build", workspace, aligned);
            AlignedStore store = new AlignedStore(workspace.resolve("aligned"));
            Path export = workspace.resolve("nadella.html");
            Files.writeString(export, new PageRenderer().export(store.load("nadella")), StandardCharsets.UTF_8);
            build.export = export.toUri().toString();
            build.inProcess = ReviewServer.start(store, "nadella", Duration.ofMinutes(30));
            build.live = build.inProcess.address().toString();
            return build;
        }

        static Build ofJar(String name, Path jar, Path workspace, AlignedStore aligned) throws IOException {
            Build build = new Build(name, workspace, aligned);
            Process exported = command(jar, workspace, "pairs", "export", "nadella", "--format", "html", "--out",
                    "nadella.html").redirectErrorStream(true).start();
            String said = new String(exported.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (exported.waitFor() != 0) {
                    throw new IllegalStateException(name + ": pairs export failed: " + said);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            build.export = workspace.resolve("nadella.html").toUri().toString();
            build.server = command(jar, workspace, "review", "nadella", "--no-browser", "--idle", "30")
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(build.server.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher address = ADDRESS.matcher(line);
                if (address.find()) {
                    build.live = address.group(1);
                    break;
                }
            }
            if (build.live == null) {
                throw new IllegalStateException(name + ": review printed no address");
            }
            return build;
        }

        private static ProcessBuilder command(Path jar, Path workspace, String... words) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx800m", "-XX:+UseSerialGC", "-jar", jar.toString()));
            command.addAll(List.of(words));
            ProcessBuilder builder = new ProcessBuilder(command).directory(workspace.toFile());
            builder.environment().put("LC_ALL", "C.UTF-8");
            return builder;
        }

        /** Gives the file a new version with the same alignment (a trailing newline): the server must render anew. */
        void newVersion() throws IOException {
            Files.writeString(workspace.resolve("aligned/nadella.json"), "\n", StandardOpenOption.APPEND);
        }

        void startCounting() {
            cpuAtStart = cpu();
        }

        void reportServerCpu(int loads) {
            if (server == null) {
                return;
            }
            System.out.printf(Locale.ROOT, "%s: the review server's CPU (its whole process) %.0f ms a live load%n", name,
                    cpu().minus(cpuAtStart).toNanos() / 1e6 / loads);
        }

        private Duration cpu() {
            return server == null ? Duration.ZERO : server.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        }

        @Override
        public void close() {
            if (inProcess != null) {
                inProcess.close();
            }
            if (server != null) {
                server.destroy();
                try {
                    server.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? String.join(" ", Arrays.asList(Files.readString(loadavg).split(" ")).subList(0, 3))
                + " (1, 5, 15 min) on " + Runtime.getRuntime().availableProcessors() + " cores" : "unknown";
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static double median(List<Map<String, Double>> samples, String key) {
        return median(samples.stream().mapToDouble(s -> s.get(key)).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
