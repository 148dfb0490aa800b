package yuanwen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import yuanwen.review.AlignRun;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;

/**
 * What the review page's browser tests stand on: one alignment made in a temporary folder, a
 * headless browser (the test is skipped without chromium), and the live page or the export opened
 * in it and read back as rows.
 */
final class ReviewPageFixture implements AutoCloseable {

    final AlignedStore store;
    final ChromeDriver driver;

    private ReviewPageFixture(AlignedStore store, ChromeDriver driver) {
        this.store = store;
        this.driver = driver;
    }

    /** Opens the browser, then aligns as {@code align} does into {@code folder/aligned}. */
    static ReviewPageFixture aligned(Path folder, AlignRun.Request request) {
        ChromeDriver driver = Browser.open(folder.resolve("profile"));
        AlignedStore store = new AlignedStore(folder.resolve("aligned"));
        new AlignRun(store).run(request, stage -> { });
        return new ReviewPageFixture(store, driver);
    }

    /** A copy of alignment {@code name} as {@code copy}, for a test that changes it; returns {@code copy}. */
    String copy(String name, String copy) throws IOException {
        Files.copy(store.fileOf(name), store.fileOf(copy));
        return copy;
    }

    /** The review server of alignment {@code name}. */
    ReviewServer serve(String name) {
        return ReviewServer.start(store, name, Duration.ofMinutes(5));
    }

    /**
     * Serves alignment {@code name} and opens its page (no filter carries over from another test:
     * each server is an origin of its own, with its own session storage).
     */
    ReviewServer serveAndOpen(String name) {
        ReviewServer server = serve(name);
        PageChecks.load(driver, server.address().toString());
        return server;
    }

    /** Opens the server's page and reads its rows once its script has run. */
    List<PageChecks.ShownRow> open(ReviewServer server) {
        PageChecks.load(driver, server.address().toString());
        return PageChecks.rows(driver);
    }

    /**
     * Writes the export of {@code file} as {@code target/screenshots/ARTIFACT.html} (kept with the
     * screenshots), checks that it loads nothing from anywhere, opens it and reads its rows.
     */
    List<PageChecks.ShownRow> openExport(AlignmentFile file, String artifact) throws IOException {
        Path export = Browser.artifact(artifact + ".html");
        Files.writeString(export, new PageRenderer().export(file), StandardCharsets.UTF_8);
        ExportChecks.loadsNothingFromAnywhere(Files.readString(export));
        PageChecks.load(driver, export.toUri().toString());
        return PageChecks.rows(driver);
    }

    /** Both texts side by side in document order, the evidence marked on both sides, each time linked into the video. */
    static void showsTheAlignment(List<PageChecks.ShownRow> rows, AlignmentFile file, String videoId) {
        PageChecks.showsBothColumnsInDocumentOrder(rows, file);
        PageChecks.marksTheEvidenceOnBothSides(rows, file);
        PageChecks.linksTimesToTheVideo(rows, file, videoId);
    }

    /** Saves what the browser shows as target/screenshots/NAME.png. */
    Path screenshot(String name) throws IOException {
        return Browser.screenshot(driver, name);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
