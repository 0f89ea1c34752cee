package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.shared.infrastructure.metrics.PortalMeters;
import vn.ttdt.portal.site.feeds.SiteUrls;

/**
 * Renders take turns, and one that gets none in time is refused with a 503 rather than left waiting. The filter
 * takes a request once: a path matched by two of its patterns ({@code /van-ban} and {@code /van-ban/*})
 * puts it twice in the container's chain, and the second pass goes straight on instead of looking up the page the
 * first pass is rendering (it would wait for that render, then render again).
 */
class PublicPageCacheFilterTest {

    private static final String PAGE = "<html><body>Văn bản</body></html>";

    @Test
    void aPathMatchedByTwoPatternsPassesTheFilterOnceAndIsRenderedOnce() throws Exception {
        PublicPageCacheFilter filter = filter();
        AtomicInteger renders = new AtomicInteger();

        Answer first = new Answer();
        new Chain(List.of(filter, filter), renders).doFilter(request("/van-ban"), first.response());
        assertEquals(1, renders.get(), "the page rendered once");
        assertEquals(List.of("X-Cache: MISS"), first.headers, "the filter took the request once");
        assertEquals(PAGE, first.body());

        Answer second = new Answer();
        new Chain(List.of(filter, filter), renders).doFilter(request("/van-ban"), second.response());
        assertEquals(1, renders.get(), "the next visitor gets the kept page");
        assertEquals(List.of("X-Cache: HIT"), second.headers);
        assertEquals(PAGE, second.body());
    }

    @Test
    void aPageThatIsNotKeptIsSentFromMemoryAsBytesNotThroughTheContainersWriter() throws Exception {
        Answer answer = new Answer();
        filter().doFilter(request("/chuyen-muc/a", Map.of("trang", new String[] {"abc"})), answer.response(), (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(PAGE);
        });
        assertEquals(List.of("X-Cache: MISS"), answer.headers, "a page address the cache does not keep");
        assertEquals(PAGE, answer.body(), "written by the page's writer, sent as UTF-8 on the output stream");
    }

    @Test
    void aRenderedPageIsSentWithItsLengthAndItsBufferSizeStaysInTheCapture() throws Exception {
        Answer answer = new Answer();
        filter().doFilter(request("/van-ban"), answer.response(), (request, response) -> {
            response.setBufferSize(65536);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(PAGE);
        });
        assertEquals(PAGE, answer.body());
        assertEquals(PAGE.getBytes(StandardCharsets.UTF_8).length, answer.contentLength,
                "the length of the page's bytes; the container's response never saw a buffer size (it would allocate it)");
    }

    @Test
    void aRenderThatGetsNoTurnWithinTheWaitIsAnswered503WithRetryAfterAndRendersNothing() throws Exception {
        PublicPageCacheFilter filter = filter(Map.of("portal.render.concurrency", "1", "portal.render.wait-ms", "100"));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch rendering = new CountDownLatch(1);
        ExecutorService visitors = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = visitors.submit(() -> {
                filter.doFilter(request("/tin/a"), new Answer().response(), (request, response) -> {
                    rendering.countDown();
                    awaitRelease(release);
                });
                return null;
            });
            assertTrue(rendering.await(5, TimeUnit.SECONDS));
            AtomicInteger renders = new AtomicInteger();
            Answer refused = new Answer();
            filter.doFilter(request("/tin/b"), refused.response(), (request, response) -> renders.incrementAndGet());
            assertEquals(503, refused.status);
            assertTrue(refused.headers.contains("Retry-After: 5"), refused.headers.toString());
            assertEquals(0, renders.get(), "the page was not rendered");
            release.countDown();
            first.get(5, TimeUnit.SECONDS);

            Answer later = new Answer();
            filter.doFilter(request("/tin/b"), later.response(), new Chain(List.of(), renders));
            assertEquals(PAGE, later.body(), "once the turn is free, the page renders");
        } finally {
            release.countDown();
            visitors.shutdownNow();
        }
    }

    private static void awaitRelease(CountDownLatch release) throws InterruptedIOException {
        try {
            release.await();
        } catch (InterruptedException e) {
            throw new InterruptedIOException();
        }
    }

    /** The filter as the container builds it, waiting at most 100 ms for another request's render. */
    private static PublicPageCacheFilter filter() throws Exception {
        return filter(Map.of());
    }

    /** The same with some settings of its own. */
    private static PublicPageCacheFilter filter(Map<String, String> settings) throws Exception {
        return filter(settings, new HashMap<>());
    }

    /** The same in a servlet context whose attributes are the given map. */
    private static PublicPageCacheFilter filter(Map<String, String> settings, Map<String, Object> attributes)
            throws Exception {
        Map<String, String> properties = new HashMap<>(settings);
        properties.put("portal.cache.wait-ms", "100");
        Map<String, String> before = new HashMap<>();
        properties.forEach((name, value) -> before.put(name, System.setProperty(name, value)));
        try {
            PublicPageCacheFilter filter = new PublicPageCacheFilter();
            Field generation = PublicPageCacheFilter.class.getDeclaredField("generation");
            generation.setAccessible(true);
            generation.set(filter, new PublishedContentGeneration());
            Field meters = PublicPageCacheFilter.class.getDeclaredField("meters");
            meters.setAccessible(true);
            meters.set(filter, new PortalMeters());
            filter.init(configIn(attributes));
            return filter;
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    @Test
    void theKeptPagesAreOfferedToWhatAnswersBeforeTheServlets() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        PublicPageCacheFilter filter = filter(Map.of(), attributes);
        KeptPages kept = (KeptPages) attributes.get(KeptPages.ATTRIBUTE);
        String key = kept.keyOf("/van-ban", () -> SiteUrls.of("http", "localhost", 8080, ""));
        assertNull(kept.current(key), "nothing kept yet");

        new Chain(List.of(filter), new AtomicInteger()).doFilter(request("/van-ban"), new Answer().response());

        assertEquals(PAGE, new String(kept.current(key).body(), StandardCharsets.UTF_8));
    }

    /** The filter's configuration in a servlet context that keeps its attributes in the given map. */
    private static FilterConfig configIn(Map<String, Object> attributes) {
        ServletContext context = ServletContexts.root(attributes);
        return (FilterConfig) Proxy.newProxyInstance(PublicPageCacheFilterTest.class.getClassLoader(),
                new Class<?>[] {FilterConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletContext" -> context;
                    case "getFilterName" -> "page-cache";
                    default -> null;
                });
    }

    /** The container's chain for one request: the filters in order, then the page, which counts its renders. */
    private record Chain(List<Filter> filters, AtomicInteger renders, int position) implements FilterChain {

        Chain(List<Filter> filters, AtomicInteger renders) {
            this(filters, renders, 0);
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) throws java.io.IOException, jakarta.servlet.ServletException {
            if (position < filters.size()) {
                filters.get(position).doFilter(request, response, new Chain(filters, renders, position + 1));
                return;
            }
            renders.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An anonymous GET of the path, with the attributes a real request keeps across the chain. */
    private static HttpServletRequest request(String path) {
        return request(path, Map.of());
    }

    private static HttpServletRequest request(String path, Map<String, String[]> parameters) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(PublicPageCacheFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> path;
                    case "getHeader" -> null;
                    case "getParameterMap" -> parameters;
                    case "getScheme" -> "http";
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 8080;
                    case "getContextPath" -> "";
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** What the visitor receives: the headers the filter set, in order, and the body. */
    private static final class Answer {

        private final List<String> headers = new ArrayList<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private String contentType;
        private int contentLength = -1;
        private int status = 200;

        String body() {
            return body.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(PublicPageCacheFilterTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setHeader" -> headers.add(args[0] + ": " + args[1]);
                        case "setContentType" -> contentType = (String) args[0];
                        case "getContentType" -> contentType;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "setContentLength" -> contentLength = (Integer) args[0];
                        case "isCommitted" -> false;
                        case "getOutputStream" -> out;
                        case "sendError" -> status = (Integer) args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
