package yuanwen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import yuanwen.Fixtures;
import yuanwen.glossary.GlossaryFile;
import yuanwen.review.AlignRun;
import yuanwen.review.PairReview;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Status;

/**
 * The review page in a real browser (headless chromium) on the invented interview (see
 * src/test/resources/yuanwen/fixtures), aligned with {@code --video}: what it shows, and review
 * through it written to {@code aligned/NAME.json} as {@code pairs} writes it.
 */
class ReviewPageTest {

    /** An invented YouTube id, given as {@code align --video} would be. */
    static final String VIDEO_ID = "Hp7Lw2Qx9Zk";

    @TempDir
    static Path folder;
    static ReviewPageFixture page;
    static AlignedStore store;
    static ChromeDriver driver;

    @BeforeAll
    static void alignAndOpenBrowser() {
        page = ReviewPageFixture.aligned(folder, new AlignRun.Request(Fixtures.interviewArticle(),
                Fixtures.interviewTranscript(), "park", false, GlossaryFile.DEFAULT, "https://youtu.be/" + VIDEO_ID));
        store = page.store;
        driver = page.driver;
    }

    @AfterAll
    static void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void showsBothTextsSideBySideWithEvidenceAndTimeLinks() throws Exception {
        AlignmentFile file = store.load("park");
        assertThat(file.en().video()).isEqualTo("https://www.youtube.com/watch?v=" + VIDEO_ID);
        try (ReviewServer server = page.serve("park")) {
            List<PageChecks.ShownRow> rows = page.open(server);
            ReviewPageFixture.showsTheAlignment(rows, file, VIDEO_ID);
            // The article's headings (## 访谈全文 …) are shown as headings.
            assertThat(rows.stream().filter(PageChecks.ShownRow::heading).map(PageChecks.ShownRow::zh))
                    .contains("访谈全文");
            PageChecks.listsEvidenceOnHover(driver, file);
            page.screenshot("review-fixture");
        }
    }

    @Test
    void acceptsAPairAndFixesAShiftedOneThroughThePage() throws Exception {
        ReviewFlows.acceptAndFixAShift(driver, store, page.copy("park", "park-fix"));
    }

    @Test
    void aChangeMadeMeanwhileByPairsIsNotLost() throws Exception {
        String name = page.copy("park", "park-meanwhile");
        AlignmentFile file = store.load(name);
        Link byCommand = file.links().get(1);
        Link byPage = file.links().get(2);
        try (ReviewServer server = page.serveAndOpen(name)) {
            // What pairs accept NAME ID does, while the page is open.
            store.save(name, PairReview.accept(store.load(name), List.of(byCommand.id())));
            PageChecks.press(driver, byPage.id(), "a");
            // The page reloads (refused change, or its poll saw the new version); nothing overwritten.
            PageChecks.waitReady(driver);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> PageChecks.message(driver).contains("changed"));
            AlignmentFile after = store.load(name);
            assertThat(after.link(byCommand.id()).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
            assertThat(after.link(byPage.id()).orElseThrow().status()).isEqualTo(Status.AUTO);
            PageChecks.press(driver, byPage.id(), "a");
            AlignmentFile both = PageChecks.awaitFile(store, name,
                    f -> f.link(byPage.id()).orElseThrow().status() == Status.ACCEPTED);
            assertThat(both.link(byCommand.id()).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
        }
    }

    @Test
    void exportIsOneFileThatShowsTheSamePage() throws Exception {
        AlignmentFile file = store.load("park");
        ReviewPageFixture.showsTheAlignment(page.openExport(file, "export-fixture"), file, VIDEO_ID);
        page.screenshot("export-fixture");
    }

    @Test
    void filtersShowTheWeakestFirstTheUnalignedAndOneSpeaker() throws Exception {
        AlignmentFile file = store.load("park");
        try (ReviewServer server = page.serveAndOpen("park")) {
            select("show", "weakest");
            List<String> weakest = visibleIds();
            assertThat(weakest).containsExactlyElementsOf(file.links().stream()
                    .sorted(java.util.Comparator.comparingDouble(Link::score).thenComparing(l -> l.zh().get(0)))
                    .map(Link::id).toList());
            select("show", "unaligned");
            assertThat(visibleIds()).hasSize(file.unalignedZh().size() + file.unalignedEn().size())
                    .allMatch(id -> id.startsWith("zh") || id.startsWith("en"));
            select("show", "all");
            // Search finds Chinese typed in the other script too (the article is simplified).
            Link first = file.links().stream().filter(l -> file.zhSpan(l).text().contains("机器人")).findFirst().orElseThrow();
            driver.findElement(org.openqa.selenium.By.id("search")).sendKeys("機器人");
            assertThat(visibleIds()).contains(first.id())
                    .allMatch(id -> !id.startsWith("p") || file.zhSpan(file.link(id).orElseThrow()).text().contains("机器人"));
            driver.findElement(org.openqa.selenium.By.id("search")).clear();
            driver.executeScript("document.getElementById('search').dispatchEvent(new Event('input'))");
            select("speaker", "主持人Brad");
            assertThat(visibleIds()).isNotEmpty().allMatch(id -> {
                String speakers = (String) driver.executeScript(
                        "return document.getElementById(arguments[0]).getAttribute('data-speakers')", id);
                return ("|" + speakers + "|").contains("|主持人Brad|");
            });
            select("speaker", "");
        }
    }

    @Test
    void movingUpRowByRowKeepsTheFocusedRowInSightBelowTheHeader() throws Exception {
        AlignmentFile file = store.load("park");
        try (ReviewServer server = page.serveAndOpen("park")) {
            Link start = file.links().get(file.links().size() - 3);
            PageChecks.press(driver, start.id(), "k");
            for (int step = 0; step < 14; step++) {
                new org.openqa.selenium.interactions.Actions(driver).sendKeys("k").perform();
                Object shown = driver.executeScript("""
                        var row = document.querySelector('#rows > .row.current').getBoundingClientRect();
                        var header = document.querySelector('header').getBoundingClientRect();
                        return [row.top, header.bottom, row.bottom, window.innerHeight];""");
                List<?> box = (List<?>) shown;
                double top = ((Number) box.get(0)).doubleValue();
                double headerBottom = ((Number) box.get(1)).doubleValue();
                assertThat(top).as("step %d: the focused row's top (header ends at %s)", step, headerBottom)
                        .isGreaterThanOrEqualTo(headerBottom);
                assertThat(((Number) box.get(2)).doubleValue()).isLessThanOrEqualTo(((Number) box.get(3)).doubleValue());
            }
        }
    }

    private static void select(String id, String value) {
        driver.executeScript("var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change'))", id, value);
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleIds() {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#rows > .row')).filter(r => !r.hidden).map(r => r.id)");
    }
}
