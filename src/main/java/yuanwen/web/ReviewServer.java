package yuanwen.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import yuanwen.review.PairReview;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;
import yuanwen.text.BadInputException;
import yuanwen.text.EditLock;
import yuanwen.text.Json;
import yuanwen.text.Sha256;

/**
 * The review page of one alignment, served on the loopback address only, on a free port, behind a
 * random token that every request must carry as the first part of its path: no other user of the
 * machine and no other web page can read or change the alignment (a page elsewhere cannot learn
 * the token, and a request naming another host is refused, against DNS rebinding). The JDK's own
 * HTTP server: three routes need no framework.
 *
 * <ul>
 *   <li>{@code GET /TOKEN/}: the page, rendered from the file as it is now;</li>
 *   <li>{@code GET /TOKEN/version}: the file's version (SHA-256 of its bytes), which the page polls
 *       to notice a change made meanwhile by {@code pairs} or {@code align};</li>
 *   <li>{@code POST /TOKEN/change}: one change ({@link PageChanges.Change}); refused with 409 when
 *       the file no longer has the version the page showed, so nothing made meanwhile is
 *       overwritten.</li>
 * </ul>
 * It stops when {@link #stop()} is called or when no page was loaded and no change made for the
 * idle time.
 */
public final class ReviewServer implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AlignedStore store;
    private final String name;
    private final Path file;
    private final String token;
    private final HttpServer server;
    private final PageRenderer renderer = new PageRenderer();
    private final PageChanges changes = new PageChanges(new PairReview());
    private final ScheduledExecutorService idleCheck = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "review-idle");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Duration idle;
    private volatile long lastUse = System.nanoTime();
    /** The page last rendered, with the version of the file it was made from. */
    private volatile Page page;
    private volatile String stopReason = "stopped";

    private ReviewServer(AlignedStore store, String name, Duration idle) throws IOException {
        this.store = store;
        this.name = AlignedStore.checkName(name);
        this.file = store.fileOf(name);
        store.load(name); // a missing or broken file is reported now, not on the first request
        this.idle = idle;
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "review-http");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Starts serving {@code aligned/NAME.json} of the store; stops by itself after {@code idle} without use. */
    public static ReviewServer start(AlignedStore store, String name, Duration idle) {
        try {
            ReviewServer review = new ReviewServer(store, name, idle);
            review.server.start();
            long period = Math.max(1, Math.min(idle.toSeconds(), 30));
            review.idleCheck.scheduleAtFixedRate(review::stopIfIdle, period, period, TimeUnit.SECONDS);
            return review;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on the loopback address: " + e.getMessage(), e);
        }
    }

    /** The page's address, token included. */
    public URI address() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port() + "/" + token + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Waits until the server stops (idle, or {@link #stop()}); returns why it stopped. */
    public String awaitStop() throws InterruptedException {
        stopped.await();
        return stopReason;
    }

    public void stop() {
        stop("stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void stop(String reason) {
        if (stopped.getCount() == 0) {
            return;
        }
        stopReason = reason;
        idleCheck.shutdownNow();
        server.stop(0);
        stopped.countDown();
    }

    private void stopIfIdle() {
        if (System.nanoTime() - lastUse > idle.toNanos()) {
            stop("stopped after " + idle.toMinutes() + " minutes without use");
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            String prefix = "/" + token + "/";
            if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"))
                    || !(path.startsWith(prefix) && tokenMatches(path.substring(1, 1 + token.length())))) {
                send(exchange, 403, "text/plain", "this review page needs the address with its token, as printed by the review command");
                return;
            }
            String route = path.substring(prefix.length());
            String method = exchange.getRequestMethod();
            if (route.isEmpty() && method.equals("GET")) {
                lastUse = System.nanoTime();
                send(exchange, 200, "text/html", page().html());
            } else if (route.equals("version") && method.equals("GET")) {
                send(exchange, 200, "application/json", Json.write(Map.of("version", version())));
            } else if (route.equals("change") && method.equals("POST")) {
                lastUse = System.nanoTime();
                change(exchange);
            } else {
                send(exchange, 404, "text/plain", "no such page");
            }
        } catch (BadInputException | IllegalStateException e) {
            sendError(exchange, 500, e.getMessage());
        } catch (RuntimeException e) {
            sendError(exchange, 500, "internal error: " + e);
        }
    }

    /**
     * The page of the file as it is now. It is rendered once per version of the file (the view and
     * the template cost 100 to 150 ms of CPU on the 735-pair interview when the JVM is warm, over a
     * second when it is not) and the same bytes served again while the file keeps that version: a
     * reload, a second tab, the page reloaded after a refused change.
     */
    private Page page() {
        String version = version();
        Page shown = page;
        if (shown != null && shown.version().equals(version)) {
            return shown;
        }
        AlignmentFile document = store.load(name);
        // Made from the bytes of this version only: a file replaced while it was read is read again.
        String after = version();
        if (!after.equals(version)) {
            return page();
        }
        shown = new Page(version, renderer.live(document, version).getBytes(StandardCharsets.UTF_8));
        page = shown;
        return shown;
    }

    /** A rendered page and the version of the file it shows. */
    private record Page(String version, byte[] html) {
    }

    private void change(HttpExchange exchange) throws IOException {
        PageChanges.Change change;
        try (InputStream in = exchange.getRequestBody()) {
            change = Json.MAPPER.readValue(in.readNBytes(1 << 20), PageChanges.Change.class);
        } catch (JacksonException e) {
            sendError(exchange, 400, "not a change: " + e.getOriginalMessage());
            return;
        }
        // One change at a time (the server runs one thread), and under the edit lock that pairs
        // accept|reject|edit and align take from their read to their rename: without it a pairs
        // command renaming its file between this check and this write was overwritten, its change
        // lost though it had said done. Held, the lock makes the loser of the two the one told:
        // here the page (409: it reloads with the other's change), there the command (exit 1).
        synchronized (this) {
            EditLock lock;
            try {
                lock = EditLock.acquire(file);
            } catch (EditLock.Held held) {
                sendError(exchange, 409, "aligned/" + name + ".json is being changed by another Yuanwen command right now; "
                        + "the page was reloaded with what it wrote, nothing was overwritten: please redo the change if it is still needed");
                return;
            }
            try (lock) {
                String before = version();
                if (change.version() == null || !change.version().equals(before)) {
                    sendError(exchange, 409, "aligned/" + name + ".json was changed meanwhile (by pairs or align); "
                            + "the page was reloaded with it, nothing was overwritten: please redo the change if it is still needed");
                    return;
                }
                AlignmentFile document = store.load(name);
                PageChanges.Result result;
                try {
                    result = changes.apply(document, change);
                } catch (IllegalArgumentException e) {
                    sendError(exchange, 400, e.getMessage());
                    return;
                }
                if (!version().equals(before)) {
                    sendError(exchange, 409, "aligned/" + name + ".json was changed while this change was made; nothing was overwritten");
                    return;
                }
                store.save(name, result.file());
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("version", version());
                answer.put("message", result.message());
                answer.put("focus", result.focus());
                send(exchange, 200, "application/json", Json.write(answer));
            }
        }
    }

    private String version() {
        return Files.exists(file) ? Sha256.of(file) : "missing";
    }

    private boolean tokenMatches(String given) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    /** Only this server's own addresses: a page on another host name (DNS rebinding) is refused. */
    private boolean allowedHost(String host) {
        if (host == null) {
            return false;
        }
        String port = ":" + port();
        return host.equals("127.0.0.1" + port) || host.equals("localhost" + port) || host.equals("[::1]" + port)
                || host.equals(InetAddress.getLoopbackAddress().getHostAddress() + port);
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "application/json", Json.write(Map.of("error", message == null ? "" : message)));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type + "; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
