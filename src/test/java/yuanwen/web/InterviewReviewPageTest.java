package yuanwen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.SharedData;
import yuanwen.glossary.GlossaryFile;
import yuanwen.read.VideoReference;
import yuanwen.review.AlignRun;
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
    static ReviewPageFixture page;

    @BeforeAll
    static void alignAndOpenBrowser() {
        page = ReviewPageFixture.aligned(folder, new AlignRun.Request(SharedData.seed(3), SharedData.nadellaTranscript(),
                "nadella", false, GlossaryFile.DEFAULT));
    }

    @AfterAll
    static void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void showsTheInterviewSideBySideWithEvidenceAndLinksIntoTheVideo() throws Exception {
        AlignmentFile file = page.store.load("nadella");
        // The article names its video (原始内容参考：https://www.youtube.com/watch?v=…): align recorded it.
        String video = VideoReference.in(Files.readString(SharedData.seed(3), StandardCharsets.UTF_8)).orElseThrow();
        assertThat(file.en().video()).isEqualTo(video);
        try (ReviewServer server = page.serve("nadella")) {
            List<PageChecks.ShownRow> rows = page.open(server);
            assertThat(rows.stream().filter(r -> r.kind().equals("pair"))).hasSize(file.links().size());
            ReviewPageFixture.showsTheAlignment(rows, file, VideoReference.youtubeId(video).orElseThrow());
            PageChecks.listsEvidenceOnHover(page.driver, file);
            page.screenshot("review-nadella");
        }
    }

    @Test
    void acceptsAPairAndFixesAShiftedOneThroughThePage() throws Exception {
        ReviewFlows.acceptAndFixAShift(page.driver, page.store, page.copy("nadella", "nadella-fix"));
    }

    @Test
    void exportShowsTheSamePageFromOneFile() throws Exception {
        AlignmentFile file = page.store.load("nadella");
        String video = file.en().video();
        ReviewPageFixture.showsTheAlignment(page.openExport(file, "export-nadella"), file,
                VideoReference.youtubeId(video).orElseThrow());
        page.screenshot("export-nadella");
    }
}
