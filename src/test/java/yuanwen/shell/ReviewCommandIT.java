package yuanwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.text.Json;

/** {@code review}, {@code pairs export --format html} and {@code align --video} of the packaged jar. */
class ReviewCommandIT {

    @TempDir
    static Path dir;

    @BeforeAll
    static void alignWithAVideo() throws Exception {
        YuanwenProcess.workspace(dir);
        Files.copy(ReviewCommandIT.class.getResourceAsStream("/yuanwen/review/bakery.zh.md"), dir.resolve("bakery.zh.md"));
        Files.copy(ReviewCommandIT.class.getResourceAsStream("/yuanwen/review/bakery.en.txt"), dir.resolve("bakery.en.txt"));
        YuanwenProcess.Result aligned = YuanwenProcess.runIn(dir, null, "align", "--zh", "bakery.zh.md", "--en",
                "bakery.en.txt", "--name", "bakery", "--glossary", "none", "--video", "https://youtu.be/Qw3Er5Ty7Ui");
        assertThat(aligned.exitCode()).as(aligned.stderr()).isZero();
    }

    @Test
    void alignRecordsTheVideoGivenAndRefusesWhatIsNoAddress() throws Exception {
        var en = Json.MAPPER.readTree(Files.readString(dir.resolve("aligned/bakery.json"))).get("en");
        assertThat(en.get("video").asString()).isEqualTo("https://www.youtube.com/watch?v=Qw3Er5Ty7Ui");
        YuanwenProcess.Result bad = YuanwenProcess.runIn(dir, null, "align", "--zh", "bakery.zh.md", "--en",
                "bakery.en.txt", "--name", "other", "--glossary", "none", "--video", "file:///etc/passwd");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr().strip()).contains("--video takes an http or https address").doesNotContain("\tat ");
    }

    @Test
    void exportsTheReviewPageAsOneFile() throws Exception {
        YuanwenProcess.Result exported = YuanwenProcess.runIn(dir, null, "pairs", "export", "bakery", "--format", "html",
                "--out", "bakery.html");
        assertThat(exported.exitCode()).as(exported.stderr()).isZero();
        assertThat(exported.stdout()).isEqualTo("wrote bakery.html (html)\n");
        String html = Files.readString(dir.resolve("bakery.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("content=\"default-src 'none';")
                .contains("href=\"https://www.youtube.com/watch?v=Qw3Er5Ty7Ui\"").doesNotContain("<script src");
    }

    @Test
    void reviewServesThePageOnTheLoopbackAddressBehindItsToken() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", YuanwenProcess.jar().toAbsolutePath().toString(), "review", "bakery", "--no-browser", "--idle", "1");
        builder.directory(dir.toFile()).redirectErrorStream(true).environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("review page")) {
                line = out.readLine();
            }
            assertThat(line).isNotNull();
            Matcher address = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{20,}/)").matcher(line);
            assertThat(address.find()).as(line).isTrue();
            URI page = URI.create(address.group(1));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> shown = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).contains("data-live=\"true\"").contains("class=\"row pair");
            for (String path : List.of("/", "/version")) {
                assertThat(http.send(HttpRequest.newBuilder(page.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).as(path).isEqualTo(403);
            }
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
