package yuanwen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import yuanwen.script.Conversions;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Evidence;
import yuanwen.store.AlignmentFile.Link;

/** What every review page must show, checked in the browser against the alignment file it shows. */
final class PageChecks {

    private static final Pattern TIME_LINK = Pattern.compile("[?&]t=(\\d+)");

    /** One row as the browser shows it (collected in one script call: hundreds of rows). */
    record ShownRow(String id, String kind, String zh, String en, double zhLeft, double enLeft,
                    List<Map<String, Object>> marks, String timeLink, boolean heading) {
    }

    private PageChecks() {
    }

    static void load(ChromeDriver driver, String address) {
        driver.get(address);
        waitReady(driver);
    }

    static void waitReady(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.body && document.body.getAttribute('data-ready')")));
    }

    @SuppressWarnings("unchecked")
    static List<ShownRow> rows(ChromeDriver driver) {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) driver.executeScript("""
                function text(cell) {
                  return Array.from(cell.querySelectorAll('p')).map(function (p) {
                    return Array.from(p.childNodes).filter(function (n) { return !(n.classList && n.classList.contains('who')); })
                      .map(function (n) { return n.textContent; }).join('');
                  });
                }
                return Array.from(document.querySelectorAll('#rows > .row')).map(function (r) {
                  var zh = r.querySelector('.zh'), en = r.querySelector('.en'), a = r.querySelector('.en a.t');
                  var marks = Array.from(r.querySelectorAll('mark')).map(function (m) {
                    return { side: m.closest('.zh') ? 'zh' : 'en', e: m.getAttribute('data-e').split(' ').map(Number), text: m.textContent };
                  });
                  return { id: r.id, kind: r.getAttribute('data-kind'), zh: text(zh), en: text(en),
                           zhLeft: zh.getBoundingClientRect().left, enLeft: en.getBoundingClientRect().left,
                           marks: marks, link: a ? a.getAttribute('href') : null, heading: !!r.querySelector('.zh p.h') };
                });""");
        List<ShownRow> rows = new ArrayList<>();
        for (Map<String, Object> r : raw) {
            rows.add(new ShownRow((String) r.get("id"), (String) r.get("kind"), String.join("", (List<String>) r.get("zh")),
                    String.join(" ", (List<String>) r.get("en")), ((Number) r.get("zhLeft")).doubleValue(),
                    ((Number) r.get("enLeft")).doubleValue(), (List<Map<String, Object>>) r.get("marks"),
                    (String) r.get("link"), (Boolean) r.get("heading")));
        }
        return rows;
    }

    /**
     * Two columns in document order: every pair, Chinese left and English right, with the stored
     * text; every unaligned sentence once, in its place.
     */
    static void showsBothColumnsInDocumentOrder(List<ShownRow> rows, AlignmentFile file) {
        List<ShownRow> pairs = rows.stream().filter(r -> r.kind().equals("pair")).toList();
        assertThat(pairs).extracting(ShownRow::id).containsExactlyElementsOf(file.links().stream().map(Link::id).toList());
        for (ShownRow row : pairs) {
            Link link = file.link(row.id()).orElseThrow();
            assertThat(row.zh()).as(row.id()).isEqualTo(file.zhSpan(link).text());
            assertThat(row.en()).as(row.id()).isEqualTo(file.enSpan(link).text());
            assertThat(row.zhLeft()).as("Chinese left of English in " + row.id()).isLessThan(row.enLeft());
        }
        assertThat(rows.stream().filter(r -> r.kind().equals("zh")).map(ShownRow::id))
                .containsExactlyElementsOf(file.unalignedZh().stream().map(id -> "zh" + id).toList());
        assertThat(rows.stream().filter(r -> r.kind().equals("en")).map(ShownRow::id))
                .containsExactlyElementsOf(file.unalignedEn().stream().map(id -> "en" + id).toList());
        // Lone Chinese sentences stand between the pairs around them in Chinese order.
        int lastZh = -1;
        for (ShownRow row : rows) {
            if (row.kind().equals("en")) {
                continue;
            }
            int first = row.kind().equals("zh") ? Integer.parseInt(row.id().substring(2))
                    : file.link(row.id()).orElseThrow().zh().get(0);
            assertThat(first).as("Chinese order at " + row.id()).isGreaterThan(lastZh);
            lastZh = first;
        }
    }

    /**
     * Every mark shows a piece of its pair's evidence (its surface, in either script for Chinese,
     * in any case for English), and nearly every piece of textual evidence is marked on both sides
     * (a short surface inside a longer marked one is not marked again).
     */
    static void marksTheEvidenceOnBothSides(List<ShownRow> rows, AlignmentFile file) {
        var t2s = Conversions.standard().get("t2s");
        int textual = 0;
        int markedBoth = 0;
        List<String> unmarked = new ArrayList<>();
        for (ShownRow row : rows) {
            if (!row.kind().equals("pair")) {
                assertThat(row.marks()).as(row.id()).isEmpty();
                continue;
            }
            List<Evidence> evidence = file.link(row.id()).orElseThrow().evidence();
            for (Map<String, Object> mark : row.marks()) {
                for (Object index : (List<?>) mark.get("e")) {
                    Evidence e = evidence.get(((Number) index).intValue());
                    String text = (String) mark.get("text");
                    if (mark.get("side").equals("zh")) {
                        assertThat(t2s.convert(text)).as(row.id() + " " + e).isEqualTo(t2s.convert(e.zh()));
                    } else {
                        assertThat(text.toLowerCase(Locale.ROOT)).as(row.id() + " " + e).isEqualTo(e.en().toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (int k = 0; k < evidence.size(); k++) {
                Evidence e = evidence.get(k);
                if (e.zh() == null || e.en() == null || e.kind().equals("length") || e.kind().equals("speaker")) {
                    continue;
                }
                textual++;
                int index = k;
                Predicate<String> marked = side -> row.marks().stream()
                        .anyMatch(m -> m.get("side").equals(side)
                                && ((List<?>) m.get("e")).stream().anyMatch(i -> ((Number) i).intValue() == index));
                if (marked.test("zh") && marked.test("en")) {
                    markedBoth++;
                } else {
                    unmarked.add(row.id() + " " + e.kind() + " " + e.zh() + "/" + e.en());
                }
            }
        }
        assertThat(textual).isPositive();
        assertThat((double) markedBoth / textual).as(markedBoth + " of " + textual + " marked on both sides; not: " + unmarked)
                .isGreaterThanOrEqualTo(0.9);
    }

    /** Each English time range links to the video at the second the pair's English starts. */
    static void linksTimesToTheVideo(List<ShownRow> rows, AlignmentFile file, String videoId) {
        int links = 0;
        for (ShownRow row : rows) {
            if (!row.kind().equals("pair")) {
                continue;
            }
            Link link = file.link(row.id()).orElseThrow();
            Double start = file.enSpan(link).start();
            assertThat(row.timeLink()).as(row.id()).isNotNull();
            assertThat(row.timeLink()).startsWith("https://www.youtube.com/watch?v=" + videoId + "&");
            Matcher t = TIME_LINK.matcher(row.timeLink());
            assertThat(t.find()).isTrue();
            assertThat(Long.parseLong(t.group(1))).as(row.id()).isEqualTo((long) Math.floor(start));
            links++;
        }
        assertThat(links).isEqualTo(file.links().size());
    }

    /** Hovering a pair lists its evidence: one item per piece, kind and surfaces. */
    static void listsEvidenceOnHover(ChromeDriver driver, AlignmentFile file) {
        Link link = file.links().stream().filter(l -> l.evidence().size() >= 3).findFirst().orElseThrow();
        WebElement row = driver.findElement(By.id(link.id()));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        assertThat(row.findElements(By.cssSelector(".ev")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        new Actions(driver).moveToElement(row.findElement(By.cssSelector(".meta"))).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> row.findElements(By.cssSelector(".ev")).stream()
                .anyMatch(WebElement::isDisplayed));
        WebElement list = row.findElement(By.cssSelector(".ev"));
        List<WebElement> items = list.findElements(By.tagName("li"));
        assertThat(items).hasSize(link.evidence().size());
        assertThat(items.get(0).getText()).contains(link.evidence().get(0).kind());
        // The list hangs below its row, over the rows after it: neither clipped by its row (rows
        // off screen are contained: content-visibility) nor covered by the next.
        Object onTop = driver.executeScript("""
                var box = arguments[0].getBoundingClientRect(), row = arguments[1].getBoundingClientRect();
                var hit = document.elementFromPoint(box.left + box.width / 2, (box.top + box.bottom) / 2);
                return box.top >= row.bottom - 1 && hit !== null && arguments[0].contains(hit);""", list, row);
        assertThat(onTop).as("the evidence list of " + link.id() + " shows over the rows below it").isEqualTo(true);
    }

    /** Clicks a row (it gets the focus) and types keys, as a reviewer does. */
    static void press(ChromeDriver driver, String rowId, CharSequence keys) {
        WebElement row = driver.findElement(By.id(rowId));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        row.findElement(By.cssSelector(".meta")).click();
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Waits until the stored alignment satisfies {@code done} (the page wrote it) and returns it. */
    static AlignmentFile awaitFile(AlignedStore store, String name, Predicate<AlignmentFile> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        AlignmentFile file = store.load(name);
        while (!done.test(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            file = store.load(name);
        }
        assertThat(done.test(file)).as("aligned/" + name + ".json as the page should have written it").isTrue();
        return file;
    }

    static String message(ChromeDriver driver) {
        return driver.findElement(By.id("message")).getText();
    }

    static URI noToken(URI address) {
        return address.resolve("/");
    }

    static Path exportFile(Path folder, String name) {
        return folder.resolve(name + ".html");
    }
}
