package yuanwen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;
import yuanwen.review.AlignRun;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.StoredSentence;
import yuanwen.text.Sha256;

/** The review server's guard (loopback, token, version) and the page's escaping, without a browser. */
class ReviewServerTest {

    @TempDir
    static Path folder;
    static AlignedStore store;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void align() {
        store = new AlignedStore(folder.resolve("aligned"));
        new AlignRun(store).run(new AlignRun.Request(Fixtures.interviewArticle(), Fixtures.interviewTranscript(), "park",
                false, null), stage -> { });
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        try (ReviewServer server = ReviewServer.start(store, "park", Duration.ofMinutes(1))) {
            assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.port()).isPositive();
        }
    }

    @Test
    void refusesEveryRequestWithoutTheToken() throws Exception {
        Path file = store.fileOf("park");
        String before = Sha256.of(file);
        try (ReviewServer server = ReviewServer.start(store, "park", Duration.ofMinutes(1))) {
            URI page = server.address();
            assertThat(get(page).statusCode()).isEqualTo(200);
            String token = page.getPath().substring(1, page.getPath().length() - 1);
            String wrong = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
            for (String path : List.of("/", "/version", "/change", "/" + wrong + "/", "/" + wrong + "/version",
                    "/" + token, "/" + token.substring(1) + "/")) {
                assertThat(get(page.resolve(path)).statusCode()).as(path).isEqualTo(403);
            }
            String accept = "{\"version\":\"" + before + "\",\"op\":\"accept\",\"pair\":\"p20\"}";
            for (String path : List.of("/change", "/" + wrong + "/change")) {
                HttpResponse<String> posted = http.send(HttpRequest.newBuilder(page.resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString(accept)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).as(path).isEqualTo(403);
            }
        }
        assertThat(Sha256.of(file)).isEqualTo(before);
    }

    @Test
    void refusesAChangeToAFileThatChangedSinceThePageWasMade() throws Exception {
        String name = "park-stale";
        Files.copy(store.fileOf("park"), store.fileOf(name));
        AlignmentFile file = store.load(name);
        String link = file.links().get(3).id();
        try (ReviewServer server = ReviewServer.start(store, name, Duration.ofMinutes(1))) {
            String stale = Sha256.of(store.fileOf(name));
            store.save(name, yuanwen.review.PairReview.reject(file, List.of(file.links().get(0).id())));
            String fresh = Sha256.of(store.fileOf(name));
            HttpResponse<String> refused = post(server.address().resolve("change"),
                    "{\"version\":\"" + stale + "\",\"op\":\"accept\",\"pair\":\"" + link + "\"}");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("changed meanwhile");
            assertThat(Sha256.of(store.fileOf(name))).isEqualTo(fresh);
            HttpResponse<String> done = post(server.address().resolve("change"),
                    "{\"version\":\"" + fresh + "\",\"op\":\"accept\",\"pair\":\"" + link + "\"}");
            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(store.load(name).link(link).orElseThrow().status()).isEqualTo(AlignmentFile.Status.ACCEPTED);
            HttpResponse<String> bad = post(server.address().resolve("change"),
                    "{\"version\":\"" + Sha256.of(store.fileOf(name)) + "\",\"op\":\"split\",\"pair\":\"" + link + "\"}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("nothing to split");
        }
    }

    @Test
    void stopsByItselfWhenIdle() throws Exception {
        ReviewServer server = ReviewServer.start(store, "park", Duration.ofSeconds(1));
        String reason = CompletableFuture.supplyAsync(() -> {
            try {
                return server.awaitStop();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
        assertThat(reason).contains("without use");
        assertThat(server.address()).isNotNull();
    }

    @Test
    void escapesEverythingThatComesFromTheFiles() {
        AlignmentFile file = store.load("park");
        List<StoredSentence> zh = new ArrayList<>(file.zh().sentences());
        StoredSentence first = zh.get(file.links().get(0).zh().get(0));
        zh.set(file.links().get(0).zh().get(0), new StoredSentence("<img src=x onerror=alert(1)>“引号”&amp;</p>",
                first.speaker(), first.lines(), first.offsets(), first.time()));
        Side side = file.zh();
        List<AlignmentFile.Link> links = new ArrayList<>(file.links());
        AlignmentFile.Link link = links.get(0);
        links.set(0, new AlignmentFile.Link(link.id(), link.zh(), link.en(), link.type(), link.score(), link.status(),
                List.of(new AlignmentFile.Evidence("glossary", "</script><img src=y>", "&amp; \u2028 <b>", 0.5))));
        AlignmentFile hostile = new AlignmentFile(file.schemaVersion(), "a\"><script>alert(2)</script>",
                new Side(side.path(), side.sha256(), side.format(), side.script(), side.encoding(), zh), file.en(),
                file.glossary(), file.parameters(), links);
        String html = new PageRenderer().export(hostile);
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;“引号”&amp;amp;&lt;/p&gt;")
                .contains("\\u003c/script\\u003e\\u003cimg src=y\\u003e")
                .doesNotContain("<img").doesNotContain("<script>alert").contains("\\u003cb\\u003e")
                .doesNotContain("\u2028");
        assertThat(html.split("</script>", -1)).hasSize(3); // the evidence data and the page's script, each closed once
        ExportChecks.loadsNothingFromAnywhere(html);
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
