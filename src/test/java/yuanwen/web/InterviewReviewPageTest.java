package yuanwen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import yuanwen.SharedData;
import yuanwen.glossary.GlossaryFile;
import yuanwen.read.VideoReference;
import yuanwen.review.AlignRun;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;

/**
 * The review page of the real interview (seed 003, the Nadella article, with its transcript and
 * the shipped glossary) in headless chromium: 735 pairs side by side, the evidence marked, each
 * time linked to the YouTube video the article names, and review through the page.
 */
@Tag("corpus")
class InterviewReviewPageTest {

    @TempDir
    static Path folder;
    static AlignedStore store;
    static ChromeDriver driver;

    @BeforeAll
    static void alignAndOpenBrowser() {
        Path article = SharedData.seed(3);
        Path transcript = SharedData.nadellaTranscript();
        driver = Browser.open(folder.resolve("profile"));
        store = new AlignedStore(folder.resolve("aligned"));
        new AlignRun(store).run(new AlignRun.Request(article, transcript, "nadella", false, GlossaryFile.DEFAULT),
                stage -> { });
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void showsTheInterviewSideBySideWithEvidenceAndLinksIntoTheVideo() throws Exception {
        AlignmentFile file = store.load("nadella");
        // The article names its video (原始内容参考：https://www.youtube.com/watch?v=…): align recorded it.
        String video = VideoReference.in(Files.readString(SharedData.seed(3), StandardCharsets.UTF_8)).orElseThrow();
        assertThat(file.en().video()).isEqualTo(video);
        try (ReviewServer server = ReviewServer.start(store, "nadella", Duration.ofMinutes(5))) {
            PageChecks.load(driver, server.address().toString());
            List<PageChecks.ShownRow> rows = PageChecks.rows(driver);
            assertThat(rows.stream().filter(r -> r.kind().equals("pair"))).hasSize(file.links().size());
            PageChecks.showsBothColumnsInDocumentOrder(rows, file);
            PageChecks.marksTheEvidenceOnBothSides(rows, file);
            PageChecks.linksTimesToTheVideo(rows, file, VideoReference.youtubeId(video).orElseThrow());
            PageChecks.listsEvidenceOnHover(driver, file);
            Browser.screenshot(driver, "review-nadella");
        }
    }

    @Test
    void acceptsAPairAndFixesAShiftedOneThroughThePage() throws Exception {
        Files.copy(store.fileOf("nadella"), store.fileOf("nadella-fix"));
        ReviewFlows.acceptAndFixAShift(driver, store, "nadella-fix");
    }

    @Test
    void exportShowsTheSamePageFromOneFile() throws Exception {
        AlignmentFile file = store.load("nadella");
        Path export = Browser.artifact("export-nadella.html");
        Files.writeString(export, new PageRenderer().export(file), StandardCharsets.UTF_8);
        ExportChecks.loadsNothingFromAnywhere(Files.readString(export));
        PageChecks.load(driver, export.toUri().toString());
        List<PageChecks.ShownRow> rows = PageChecks.rows(driver);
        PageChecks.showsBothColumnsInDocumentOrder(rows, file);
        Browser.screenshot(driver, "export-nadella");
    }
}
