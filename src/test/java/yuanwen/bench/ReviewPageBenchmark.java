package yuanwen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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
 * Review page speed on the interview (seed 003 + transcript, shipped glossary: 735 pairs): the
 * export ({@code pairs export --format html}: the view built and rendered), and the live page in
 * headless chromium, from the request to the page's script having run (filters applied), split
 * into the server's part (file read, view, template) and the browser's (parse, style, layout,
 * script). Each measured after warm-up, median of the runs.
 *
 * <p>Run: {@code mvn -o -q -B test-compile exec:java -Dexec.mainClass=yuanwen.bench.ReviewPageBenchmark}
 */
public final class ReviewPageBenchmark {

    private static final int RUNS = 10;

    private ReviewPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("yuanwen-review-bench");
        AlignedStore store = new AlignedStore(folder.resolve("aligned"));
        new AlignRun(store).run(new AlignRun.Request(SharedData.seed(3), SharedData.nadellaTranscript(), "nadella", false,
                GlossaryFile.DEFAULT), stage -> { });
        AlignmentFile file = store.load("nadella");
        PageRenderer renderer = new PageRenderer();

        long coldStart = System.nanoTime();
        String html = renderer.export(file);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        double[] export = new double[RUNS];
        double[] exportCpu = new double[RUNS];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            renderer.export(store.load("nadella"));
            export[run] = (System.nanoTime() - start) / 1e6;
            exportCpu[run] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        // CPU time as well as wall time: on a shared machine the wall time measures the neighbours.
        System.out.printf(Locale.ROOT, "export, %d pairs, %,d bytes of HTML: first %.0f ms; then file read + view + render"
                        + " median %.0f ms wall (fastest %.0f), %.0f ms CPU%n", file.links().size(),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, cold, median(export),
                Arrays.stream(export).min().orElse(0), median(exportCpu));

        ChromeDriver driver = Browser.open(folder.resolve("profile"));
        try (ReviewServer server = ReviewServer.start(store, "nadella", Duration.ofMinutes(10))) {
            double[] total = new double[RUNS];
            double[] serverPart = new double[RUNS];
            double[] browserPart = new double[RUNS];
            for (int run = -2; run < RUNS; run++) {
                driver.get("about:blank");
                driver.get(server.address().toString());
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(
                        driver.executeScript("return document.body.getAttribute('data-ready')")));
                @SuppressWarnings("unchecked")
                Map<String, Object> timing = (Map<String, Object>) driver.executeScript("""
                        var n = performance.getEntriesByType('navigation')[0];
                        return { request: n.requestStart, response: n.responseEnd, load: n.loadEventEnd, start: n.startTime };""");
                if (run >= 0) {
                    double request = number(timing, "request");
                    double response = number(timing, "response");
                    double load = number(timing, "load");
                    total[run] = load - number(timing, "start");
                    serverPart[run] = response - request;
                    browserPart[run] = load - response;
                }
            }
            System.out.printf(Locale.ROOT, "live page in headless chromium: request to loaded (script run) median %.0f ms"
                            + " (server %.0f ms, browser %.0f ms; fastest of %d: %.0f ms, slowest %.0f ms)%n", median(total),
                    median(serverPart), median(browserPart), RUNS, Arrays.stream(total).min().orElse(0),
                    Arrays.stream(total).max().orElse(0));
        } finally {
            driver.quit();
        }
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
