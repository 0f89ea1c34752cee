package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Missing pages and failures answer the portal's static pages in Vietnamese (the 503 page: {@link DatabaseOutageIT}),
 * and nothing of the server's internals, also for requests that come through a reverse proxy on the same host (to
 * which Undertow's default would show stack traces).
 */
class ErrorPagesIT extends PortalIT {

    private static final String PROXIED_VISITOR = "203.0.113.18";

    @Test
    void aMissingPublicPageIsThePortalsPage() {
        Portal visitor = Portal.anonymous().from(PROXIED_VISITOR);
        for (String missing : java.util.List.of("/tin/khong-co-tin-nay-" + ContentFixture.token(), "/khong-co-trang-nay.html")) {
            HttpResponse<String> response = visitor.get(missing);
            assertEquals(404, response.statusCode(), missing);
            ErrorPages.assertPortalPage(response.body(), "Không tìm thấy trang");
        }
    }

    @Test
    void aFailingRequestThroughALocalProxyShowsThePortalsPageAndNoStackTrace() {
        HttpResponse<String> response = Portal.anonymous().from(PROXIED_VISITOR).postForm("/index.xhtml",
                Map.of("jakarta.faces.ViewState", "khong-phai-trang-thai", "q", "x"));
        assertEquals(500, response.statusCode(), response.body());
        ErrorPages.assertPortalPage(response.body(), "Lỗi hệ thống");
    }

    @Test
    void theBackOfficeHasItsOwnPages() {
        HttpResponse<String> missing = Portal.signedIn(Role.EDITOR).from(PROXIED_VISITOR).get("/admin/khong-co-trang-nay");
        assertEquals(404, missing.statusCode());
        ErrorPages.assertBackOfficePage(missing.body(), "Không tìm thấy trang");
        HttpResponse<String> failure = Portal.anonymous().get("/admin/error/500.html");
        assertEquals(200, failure.statusCode());
        ErrorPages.assertBackOfficePage(failure.body(), "Lỗi hệ thống");
    }

    @Test
    void thePublicApiAnswersErrorsInJsonWithoutInternals() {
        HttpResponse<String> response = Portal.anonymous().from(PROXIED_VISITOR).get("/api/v1/items?page=khong-phai-so");
        assertEquals(400, response.statusCode(), response.body());
        ErrorPages.assertNoInternals(response.body());
    }
}
