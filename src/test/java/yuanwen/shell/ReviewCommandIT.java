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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.text.EditLock;
import yuanwen.text.Json;
import yuanwen.text.Sha256;

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
        Process process = startReview("bakery");
        try {
            URI page = address(process);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> shown = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).contains("data-live=\"true\"").contains("class=\"row pair");
            for (String path : List.of("/", "/version")) {
                assertThat(http.send(HttpRequest.newBuilder(page.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).as(path).isEqualTo(403);
            }
        } finally {
            stop(process);
        }
    }

    /**
     * The review server takes the edit lock that pairs accept|reject|edit and align take from their
     * read to their rename: a change through the page and a pairs command at the same moment both
     * land in the file, or the one that comes second is told (the page gets 409 and reloads, the
     * command exits 1); never is a change said done and then lost.
     */
    @Test
    void aPageChangeAndAPairsAcceptAtTheSameTimeBothLandOrTheLoserIsTold() throws Exception {
        String name = "bakery-both";
        Path file = dir.resolve("aligned/" + name + ".json");
        Files.copy(dir.resolve("aligned/bakery.json"), file);
        AlignedStore store = new AlignedStore(dir.resolve("aligned"));
        List<String> ids = store.load(name).links().stream().map(Link::id).toList();
        List<String> byPage = ids.subList(0, 3);
        List<String> byCommand = ids.subList(ids.size() - 2, ids.size());
        Process review = startReview(name);
        try {
            URI page = address(review);
            HttpClient http = HttpClient.newHttpClient();
            // A command between its read and its rename (this test holds its lock): the page is told, nothing written.
            String version = version(http, page);
            try (EditLock held = EditLock.acquire(file)) {
                HttpResponse<String> refused = change(http, page, version, "accept", byPage.get(0));
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
                assertThat(refused.body()).contains("being changed by another Yuanwen command", "nothing was overwritten");
            }
            assertThat(Sha256.of(file)).isEqualTo(version);

            // The page rejects and accepts its pairs in turn as fast as the server answers (after a
            // 409 it reloads, i.e. takes the version again, and redoes the change), while pairs
            // accept runs on other pairs of the same file, one command after another.
            Map<String, Status> pageWasTold = new HashMap<>();
            List<String> commandsDone = new ArrayList<>();
            int pageToldToReload = 0;
            int commandsTold = 0;
            int changes = 0;
            for (String pair : byCommand) {
                Path said = dir.resolve("accept-" + pair + ".err");
                Process accept = command("pairs", "accept", name, pair).redirectError(said.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                while (accept.isAlive()) {
                    String target = byPage.get(changes % byPage.size());
                    Status status = changes / byPage.size() % 2 == 0 ? Status.REJECTED : Status.ACCEPTED;
                    HttpResponse<String> answer = change(http, page, version(http, page),
                            status == Status.REJECTED ? "reject" : "accept", target);
                    if (answer.statusCode() == 200) {
                        pageWasTold.put(target, status);
                        changes++;
                    } else {
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                        assertThat(answer.body()).contains("nothing was overwritten");
                        pageToldToReload++;
                    }
                    // A reviewer's pace is slower; this one leaves the command some of the two cores.
                    Thread.sleep(50);
                }
                int exit = accept.waitFor();
                String stderr = Files.readString(said);
                if (exit == 0) {
                    commandsDone.add(pair);
                } else {
                    assertThat(exit).as(stderr).isEqualTo(1);
                    assertThat(stderr.strip()).contains("is being changed by another Yuanwen command right now");
                    commandsTold++;
                }
            }
            AlignmentFile after = store.load(name);
            assertThat(changes).as("changes the page made").isPositive();
            pageWasTold.forEach((pair, status) -> assertThat(after.link(pair).orElseThrow().status())
                    .as("%s, said done to the page", pair).isEqualTo(status));
            for (String pair : byCommand) {
                assertThat(after.link(pair).orElseThrow().status()).as("%s, pairs accept %s", pair,
                        commandsDone.contains(pair) ? "said done" : "was told to run again")
                        .isEqualTo(commandsDone.contains(pair) ? Status.ACCEPTED : Status.AUTO);
            }
            System.out.printf("page and pairs accept at once: %d page changes done, %d told to reload; %d of %d commands"
                    + " done, %d told to run again%n", changes, pageToldToReload, commandsDone.size(), byCommand.size(),
                    commandsTold);
        } finally {
            stop(review);
        }
    }

    /** {@code review NAME} of the packaged jar, in the workspace. */
    private static Process startReview(String name) throws Exception {
        return command("review", name, "--no-browser", "--idle", "1").redirectErrorStream(true).start();
    }

    private static ProcessBuilder command(String... words) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", YuanwenProcess.jar().toAbsolutePath().toString()));
        command.addAll(List.of(words));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder;
    }

    /** The page's address, token included, as the review command prints it. */
    private static URI address(Process review) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(review.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.startsWith("review page")) {
            line = out.readLine();
        }
        assertThat(line).isNotNull();
        Matcher address = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{20,}/)").matcher(line);
        assertThat(address.find()).as(line).isTrue();
        return URI.create(address.group(1));
    }

    /** What the page does before a change: the version of the file it shows (after a reload, the file's). */
    private static String version(HttpClient http, URI page) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page.resolve("version")).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.MAPPER.readTree(answer.body()).get("version").asString();
    }

    /** One change as the page posts it. */
    private static HttpResponse<String> change(HttpClient http, URI page, String version, String op, String pair)
            throws Exception {
        String body = Json.write(Map.of("version", version, "op", op, "pair", pair));
        return http.send(HttpRequest.newBuilder(page.resolve("change")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
