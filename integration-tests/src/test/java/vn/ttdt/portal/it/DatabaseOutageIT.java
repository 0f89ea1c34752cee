package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The run's MariaDB stopped under the deployed portal and started again: cached pages keep answering; everything
 * that needs the database answers 503 with Retry-After within a second (the static page or a JSON error, no
 * internals); a write is refused and nothing of it is stored; readiness on the management port answers 503 with the
 * {@code database} check DOWN while liveness stays UP; once the database is back everything works without a redeploy
 * and readiness is UP again. The database is started again in a finally block and the test waits for the portal to
 * recover, so the run's other classes (same server, same database) see nothing of it.
 */
@Isolated("stops and freezes the run's MariaDB")
@Order(TwoNodesLifetime.AFTER_NODE_B)
class DatabaseOutageIT extends PortalIT {

    private static final Duration QUICK = Duration.ofSeconds(1);

    @Test
    void anOutageAnswers503AtOnceKeepsCachedPagesAndHealsByItself() {
        String token = ContentFixture.token();
        String slug = ContentFixture.publish("Tin trước sự cố " + token, "<p>Nội dung</p>");
        Portal visitor = Portal.anonymous().from("203.0.113.19");
        for (String cached : List.of("/", "/tin/" + slug)) {
            visitor.get(cached);
            assertEquals("HIT", visitor.get(cached).headers().firstValue("X-Cache").orElse(""), cached);
        }
        Portal editor = Portal.signedIn(Role.EDITOR);
        Portal contributor = Portal.basic(Role.CONTRIBUTOR);
        String refusedTitle = "Tin viết lúc sự cố " + token;
        String draft = ContentFixture.draftJson(refusedTitle, "<p>Không được lưu</p>");

        TestInfrastructure.stopDatabase();
        try {
            for (String cached : List.of("/", "/tin/" + slug)) {
                HttpResponse<String> page = visitor.get(cached);
                assertEquals(200, page.statusCode(), cached);
                assertEquals("HIT", page.headers().firstValue("X-Cache").orElse(""), cached);
            }
            for (String uncached : List.of("/tim-kiem?q=su-co-" + token, "/tin/chua-xem-" + token, "/chuyen-muc/chua-xem-" + token)) {
                HttpResponse<String> page = quickly(() -> visitor.get(uncached));
                assertUnavailable(page, uncached);
                ErrorPages.assertPortalPage(page.body(), "Hệ thống tạm thời gián đoạn");
            }
            HttpResponse<String> api = quickly(() -> visitor.get("/api/v1/items?q=su-co-" + token));
            assertUnavailable(api, "public API");
            assertTrue(api.body().contains("\"status\":503"), api.body());

            HttpResponse<String> write = quickly(() -> contributor.json("POST", "/admin/api/v1/items", draft));
            assertUnavailable(write, "a write through the back-office API");
            assertTrue(write.body().contains("chưa lưu"), write.body());
            HttpResponse<String> backOffice = quickly(() -> editor.get("/admin/index.xhtml"));
            assertUnavailable(backOffice, "a back-office page");
            ErrorPages.assertBackOfficePage(backOffice.body(), "Hệ thống tạm thời gián đoạn");

            HttpResponse<String> notReady = Await.until("readiness DOWN while the database is stopped", Readiness::now,
                    r -> r.statusCode() == 503, Duration.ofSeconds(10));
            assertTrue(Readiness.overall(notReady, "DOWN"), notReady.body());
            assertTrue(Readiness.shows(notReady, "database", "DOWN"), notReady.body());
            assertTrue(Readiness.shows(notReady, "migrations", "UP"), notReady.body());
            assertEquals(200, ManagementPort.get("/health/live").statusCode(), "still live: a restart would not help");
        } finally {
            TestInfrastructure.startDatabase();
            Await.until("the portal to reach the database again", () -> status(visitor, "/api/v1/items?q=" + token),
                    status -> status == 200, Duration.ofSeconds(90));
        }
        HttpResponse<String> readyAgain = Await.until("readiness UP once the database is back", Readiness::now,
                r -> r.statusCode() == 200, Duration.ofSeconds(30));
        assertTrue(Readiness.shows(readyAgain, "database", "UP"), readyAgain.body());

        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM content_item WHERE title = ?", refusedTitle),
                "nothing of the refused write is stored");
        assertEquals(201, contributor.json("POST", "/admin/api/v1/items", draft).statusCode(), "writes work again");
        assertEquals(200, visitor.get("/tim-kiem?q=sau-su-co-" + token).statusCode());
        assertEquals(200, editor.get("/admin/index.xhtml").statusCode(), "the editor's session survived the outage");
    }

    @Test
    void aDatabaseThatStopsAnsweringIsRefusedWithinSecondsAndUsedAgainWhenItAnswers() {
        String token = ContentFixture.token();
        Portal visitor = Portal.anonymous().from("203.0.113.20").waitingAtMost(Duration.ofSeconds(3));
        String uncached = "/tim-kiem?q=treo-" + token;
        assertEquals(200, visitor.get(uncached).statusCode());

        TestInfrastructure.freezeDatabase();
        try {
            Await.until("uncached pages to be refused while the database does not answer",
                    () -> status(visitor, uncached + "-" + System.nanoTime()), status -> status == 503, Duration.ofSeconds(20));
            HttpResponse<String> refused = quickly(() -> visitor.get("/api/v1/items?q=treo-" + token));
            assertUnavailable(refused, "the public API while the database does not answer");
        } finally {
            TestInfrastructure.thawDatabase();
        }
        Await.until("the portal to use the database again", () -> status(visitor, "/api/v1/items?q=sau-treo-" + token),
                status -> status == 200, Duration.ofSeconds(30));
    }

    private static HttpResponse<String> quickly(Supplier<HttpResponse<String>> request) {
        long started = System.nanoTime();
        HttpResponse<String> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(QUICK) < 0, response.uri() + " took " + took.toMillis() + " ms");
        return response;
    }

    private static void assertUnavailable(HttpResponse<String> response, String what) {
        assertEquals(503, response.statusCode(), what + ": " + response.body());
        assertEquals("5", response.headers().firstValue("Retry-After").orElse(""), what);
        ErrorPages.assertNoInternals(response.body());
    }

    private static int status(Portal portal, String path) {
        try {
            return portal.get(path).statusCode();
        } catch (IllegalStateException notYet) {
            return -1;
        }
    }
}
