package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Visitor statistics over HTTP, the way a page's script counts: the beacon {@code POST /api/v1/visits} with a browser's
 * user agent, then the flush (every 5 s) shows in the back-office API, the footer's counter, the statistics page and its
 * spreadsheet. The test's item is published by the test; its views are counted only by this class.
 */
@ResourceLock(VisitStatisticsIT.VISITS)
class VisitStatisticsIT extends PortalIT {

    /** The lock of the classes that count the demo pages' visits (this and the browser's): one at a time. */
    static final String VISITS = "visit-counts";
    private static final Duration FLUSH = Duration.ofSeconds(30);
    /** HTTP/1.1 as browsers speak plain HTTP, like {@link Portal}'s. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 ";
    static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile Safari/604.1 ";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    private static String slug;
    private static String title;

    @BeforeAll
    static void publishAnItem() {
        title = "Xơnvít Ghiđếmthử " + ContentFixture.token();
        slug = ContentFixture.publish(title, "<p>Bài để đếm lượt xem.</p>");
    }

    @Test
    void aReloadIsOneVisitorButTwoViewsAnotherBrowserASecondVisitorAndARobotNobody() {
        String token = ContentFixture.token();
        long visitorsBefore = todaysVisitors();
        long totalBefore = counterField("totalViews");

        assertEquals(204, beacon("/tin/" + slug, "https://www.google.com/search?q=timkiemrieng", FIREFOX + token).statusCode());
        assertEquals(204, beacon("/tin/" + slug, base() + "/", FIREFOX + token).statusCode());
        Await.until("two views of the item", VisitStatisticsIT::itemViews, views -> views >= 2, FLUSH);
        assertEquals(2, itemViews());
        assertEquals(visitorsBefore + 1, todaysVisitors(), "a reload the same day is the same visitor");

        beacon("/tin/" + slug, "", GOOGLEBOT);
        beacon("/tin/" + slug, "", null);
        beacon("/tin/" + slug, "", SAFARI + token);
        Await.until("the other browser's view", VisitStatisticsIT::itemViews, views -> views >= 3, FLUSH);
        assertEquals(3, itemViews(), "neither Googlebot nor a program (Java's HTTP client) is counted");
        assertEquals(visitorsBefore + 2, todaysVisitors(), "another browser is another visitor");

        String report = report(LocalDate.now(VIETNAM), LocalDate.now(VIETNAM));
        assertTrue(report.contains("{\"host\":\"google.com\",\"views\":"), "the referring host, the site's own left out: " + report);
        assertFalse(report.contains("timkiemrieng"), "no referring address beyond its host");
        Await.until("the footer's counter", () -> counterField("totalViews"), total -> total >= totalBefore + 3, FLUSH);
        assertTrue(counterField("online") >= 1);
    }

    @Test
    void theBeaconIsNeverCachedTheCounterOnlyForSecondsAndThePageIsTheSameForEverybody() {
        HttpResponse<String> answer = beacon("/tin/khong-co-tin-nay-" + ContentFixture.token(), "", GOOGLEBOT);
        assertEquals(204, answer.statusCode());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(204, send(HttpRequest.newBuilder(base().resolve("/api/v1/visits")).header("User-Agent", GOOGLEBOT)
                .POST(HttpRequest.BodyPublishers.ofString("không phải JSON"))).statusCode());
        HttpResponse<String> counter = Portal.anonymous().get("/api/v1/visits/counter");
        assertEquals(200, counter.statusCode());
        assertEquals("public, max-age=5", counter.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(counter.body().matches("\\{\"online\":\\d+,\"todayViews\":\\d+,\"todayVisitors\":\\d+,\"totalViews\":\\d+}"), counter.body());

        String firstPage = page("/tin/" + slug, FIREFOX);
        assertEquals(firstPage, page("/tin/" + slug, SAFARI), "one cached page for every visitor");
        assertTrue(firstPage.contains("<script src=\"/resources/js/visits.js\" defer=\"defer\"></script>"));
        assertTrue(firstPage.contains("id=\"visit-counter\" class=\"visit-counter\" hidden=\"hidden\""), "hidden without scripts");
    }

    @Test
    void noAddressOrBrowserIsStoredOnlyTodaysSaltedKeys() {
        long before = itemViews();
        beacon("/tin/" + slug, "", FIREFOX + "Riengtu " + ContentFixture.token());
        Await.until("the view", VisitStatisticsIT::itemViews, views -> views > before, FLUSH);
        LocalDate today = LocalDate.now(VIETNAM);
        assertFalse(Database.strings("SELECT visitor_key FROM visit_visitor WHERE day = ?", today).isEmpty());
        List<String> keys = Database.strings("SELECT visitor_key FROM visit_visitor");
        assertTrue(keys.stream().allMatch(k -> k.matches("[0-9a-f]{64}")), keys.toString());
        assertTrue(Database.strings("SELECT DISTINCT day FROM visit_visitor").stream().allMatch(d -> !LocalDate.parse(d).isBefore(today.minusDays(1))),
                "keys of past days are counted and deleted every hour");
        assertEquals(List.of(), Database.strings("SELECT ref FROM visit_page_day WHERE ref LIKE '%127.0.0.1%' OR title LIKE '%Firefox%'"));
    }

    @Test
    void theStatisticsPageAndItsSpreadsheetShowTheCountedViews() throws Exception {
        long before = itemViews();
        beacon("/tin/" + slug, "", SAFARI + "Trangthongke " + ContentFixture.token());
        long views = Await.until("the item's views", VisitStatisticsIT::itemViews, seen -> seen > before, FLUSH);

        HttpResponse<String> page = Portal.as(Role.EDITOR).get("/admin/statistics/visits.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(title), "the item among the most viewed pages");
        assertTrue(page.body().contains("id=\"chart-per-day\"") && page.body().contains("id=\"chart-top-pages\""), "the charts");

        LocalDate today = LocalDate.now(VIETNAM);
        HttpResponse<byte[]> xlsx = Portal.as(Role.IT_ADMIN).getBytes("/admin/api/v1/statistics/visits.xlsx?from=" + today.minusDays(6) + "&to=" + today);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("thong-ke-truy-cap-"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<List<String>> rows = workbook.getFirstSheet().read().stream()
                    .map(row -> java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList()).toList();
            assertTrue(rows.get(0).get(0).startsWith("Thống kê truy cập từ "), rows.get(0).toString());
            List<String> firstCells = rows.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
            assertEquals(8, firstCells.indexOf("Tổng cộng") - firstCells.indexOf("Ngày"), "seven days between heading and total: " + rows);
            List<String> line = rows.stream().filter(r -> !r.isEmpty() && title.equals(r.get(0))).findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
            assertTrue(Long.parseLong(line.get(1)) >= views, line.toString());
        }
        assertEquals(400, Portal.as(Role.APPROVER).get("/admin/api/v1/statistics/visits?from=2026-02-01&to=2026-01-01").statusCode());
        assertEquals(400, Portal.as(Role.APPROVER).get("/admin/api/v1/statistics/visits?from=2024-01-01&to=2026-01-01").statusCode());
        assertEquals(400, Portal.as(Role.APPROVER).get("/admin/api/v1/statistics/visits?from=x&to=2026-01-01").statusCode());
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static HttpResponse<String> beacon(String path, String referrer, String userAgent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve("/api/v1/visits")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":" + Json.quoted(path) + ",\"referrer\":" + Json.quoted(referrer) + "}"));
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        return send(request);
    }

    private static String page(String path, String userAgent) {
        return send(HttpRequest.newBuilder(base().resolve(path)).header("User-Agent", userAgent).GET()).body();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    private static String report(LocalDate from, LocalDate to) {
        HttpResponse<String> response = Portal.as(Role.APPROVER).get("/admin/api/v1/statistics/visits?from=" + from + "&to=" + to);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static long itemViews() {
        LocalDate today = LocalDate.now(VIETNAM);
        Matcher m = Pattern.compile("\"kind\":\"ITEM\",\"ref\":\"" + Pattern.quote(slug) + "\",\"title\":\"[^\"]*\",\"views\":(\\d+)")
                .matcher(report(today.minusDays(1), today));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static long todaysVisitors() {
        LocalDate today = LocalDate.now(VIETNAM);
        Matcher m = Pattern.compile("\"day\":\"" + today + "\",\"views\":\\d+,\"visitors\":(\\d+)").matcher(report(today, today));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static long counterField(String name) {
        return Long.parseLong(Json.field(Portal.anonymous().get("/api/v1/visits/counter").body(), name));
    }
}
