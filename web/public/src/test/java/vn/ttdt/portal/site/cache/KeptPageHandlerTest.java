package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.site.feeds.SiteUrls;

/**
 * A kept page is answered before the servlets as the filter answers it, and every request the filter would not look
 * up, or whose page is not kept for the current generation, reaches the servlets (here: a handler that says so).
 */
class KeptPageHandlerTest {

    private static final String PAGE = "<html><body>Lễ hội văn hóa</body></html>";

    private final PageStore store = new PageStore(10, Duration.ofMillis(100));
    private final AtomicLong generation = new AtomicLong(7);
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger toServlets = new AtomicInteger();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private Undertow server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        ServletContext context = ServletContexts.root(attributes);
        HttpHandler servlets = exchange -> {
            toServlets.incrementAndGet();
            exchange.getResponseHeaders().put(io.undertow.util.Headers.CONTENT_TYPE, "text/plain");
            exchange.getResponseSender().send("servlets");
        };
        server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(new KeptPageHandler(servlets, context)).build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        base = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void keep(String key, boolean keyOnHost) throws Exception {
        KeptPages kept = new KeptPages(store, generation::get, hits::incrementAndGet, keyOnHost);
        attributes.put(KeptPages.ATTRIBUTE, kept);
        String stored = kept.keyOf(key, () -> SiteUrls.of(URI.create(base).getScheme(), "127.0.0.1",
                URI.create(base).getPort(), ""));
        store.obtain(stored, generation.get(),
                () -> new CachedPage(PAGE.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8", generation.get()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5));
    }

    @Test
    void aKeptPageIsAnsweredAsTheFilterAnswersIt() throws Exception {
        keep("/tin/le-hoi", true);

        HttpResponse<String> answer = send(get("/tin/le-hoi?utm_source=zalo"));

        assertEquals(200, answer.statusCode());
        assertEquals(PAGE, answer.body());
        assertEquals("HIT", answer.headers().firstValue("X-Cache").orElseThrow());
        assertEquals("text/html;charset=UTF-8", answer.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(PAGE.getBytes(StandardCharsets.UTF_8).length),
                answer.headers().firstValue("Content-Length").orElseThrow());
        assertTrue(answer.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9a-f]{32}"));
        assertEquals(0, toServlets.get());
        assertEquals(1, hits.get(), "counted as a hit");
    }

    @Test
    void aSaneRequestIdIsKept() throws Exception {
        keep("/tin/le-hoi", false);

        HttpResponse<String> answer = send(get("/tin/le-hoi").header("X-Request-Id", "proxy-42"));

        assertEquals("proxy-42", answer.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void whatTheFilterWouldNotLookUpGoesToTheServlets() throws Exception {
        keep("/tin/le-hoi", false);

        assertEquals("servlets", send(get("/tin/khac")).body(), "a page not kept");
        assertEquals("servlets", send(get("/tin/le-hoi").POST(HttpRequest.BodyPublishers.ofString("a=1"))).body());
        assertEquals("servlets", send(get("/tin/le-hoi").header("Authorization", "Basic YTpi")).body());
        assertEquals("servlets", send(get("/tin/le-hoi").method("GET", HttpRequest.BodyPublishers.ofString("trang=2"))).body(),
                "a GET with a body: the servlets would read its parameters");
        assertEquals(4, toServlets.get());
        assertEquals(0, hits.get());
    }

    @Test
    void aPageOfAnEarlierGenerationIsNotAnswered() throws Exception {
        keep("/tin/le-hoi", false);
        generation.incrementAndGet();

        assertEquals("servlets", send(get("/tin/le-hoi")).body());
        assertNull(store.kept("/tin/le-hoi", generation.get()));
    }

    @Test
    void withoutTheFiltersKeptPagesEverythingGoesToTheServlets() throws Exception {
        assertEquals("servlets", send(get("/tin/le-hoi")).body());
        assertEquals(1, toServlets.get());
    }

    @Test
    void pagesAreKeptPerHostWhenNoPublicAddressIsConfigured() throws Exception {
        KeptPages kept = new KeptPages(store, generation::get, hits::incrementAndGet, true);

        assertEquals("http://cammy.example:8080/tin/a", kept.keyOf("/tin/a", () -> SiteUrls.of("http", "CamMy.example", 8080, "")));
        assertNull(kept.keyOf("/tin/a", () -> SiteUrls.of("http", "evil.example/x", 80, "")), "an odd host is not kept");
        assertEquals("/tin/a", new KeptPages(store, generation::get, hits::incrementAndGet, false)
                .keyOf("/tin/a", () -> {
                    throw new AssertionError("the host is not read when a public address is configured");
                }));
    }
}
