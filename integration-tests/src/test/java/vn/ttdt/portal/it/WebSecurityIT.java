package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** The public shell and the back-office session: headers, cookies, session ids, sign-out, audit. */
class WebSecurityIT extends PortalIT {

    @Test
    void aForgedHostHeaderDoesNotReachWhatOtherVisitorsAreServed() throws Exception {
        String token = "poison-" + Long.toString(System.nanoTime(), 36) + ".example";
        for (String path : List.of("/rss", "/sitemap.xml")) {
            String forged;
            try (java.net.Socket socket = new java.net.Socket(base().getHost(), base().getPort())) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + token + "\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                forged = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            // without a configured public address, each host gets its own rendering: the forged one stays with its sender
            assertTrue(forged.contains(token), path + " was not rendered for its own host: " + forged);
            HttpResponse<String> honest = Portal.anonymous().get(path);
            assertEquals(200, honest.statusCode());
            assertFalse(honest.body().contains(token), path + " served the forged host to another visitor");
        }
        assertTrue(Portal.anonymous().get("/rss").body().contains(base() + "/"));
    }

    @Test
    void thePublicHomeIsVietnameseAndCreatesNoSession() {
        HttpResponse<String> home = Portal.anonymous().get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\""), home.body());
        assertTrue(home.body().contains("Trang thông tin điện tử huyện Cẩm Mỹ"));
        assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), home.headers().map().toString());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").contains("UTF-8"));
    }

    @Test
    void theItemAndCategoryPagesFramesAreNoAddressesOfTheirOwn() {
        String item = "ho-suoi-vong-diem-da-ngoai-cuoi-tuan-cua-nguoi-dan-cam-my";
        String category = "cai-cach-hanh-chinh";
        assertEquals(200, Portal.anonymous().get("/tin/" + item).statusCode());
        assertEquals(200, Portal.anonymous().get("/chuyen-muc/" + category).statusCode());
        for (String path : List.of("/WEB-INF/frames/item.xhtml?slug=" + item, "/WEB-INF/frames/category.xhtml?slug=" + category,
                "/item.xhtml?slug=" + item, "/category.xhtml?slug=" + category)) {
            assertEquals(404, Portal.anonymous().get(path).statusCode(), path);
        }
    }

    @Test
    void bothWebModulesSendTheSecurityHeaders() {
        for (String path : List.of("/", "/gioi-thieu.xhtml", "/admin/login.xhtml", "/admin/api/v1/me")) {
            HttpResponse<String> response = Portal.anonymous().get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'self'"), path + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        String publicCsp = Portal.anonymous().get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(publicCsp.contains("unsafe-inline"), "the public portal allows no inline script: " + publicCsp);
    }

    @Test
    void overHttpsThroughTheProxyTheSessionCookieIsSecureAndStrictTransportSecurityIsSent() {
        HttpResponse<byte[]> https = Portal.anonymous().bytes("/admin/org/units.xhtml", "X-Forwarded-Proto", "https");
        assertTrue(isSecure(sessionCookie(https)), sessionCookie(https));
        assertEquals("max-age=31536000", https.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertEquals("max-age=31536000", Portal.anonymous().bytes("/", "X-Forwarded-Proto", "https").headers()
                .firstValue("Strict-Transport-Security").orElse(""));

        HttpResponse<byte[]> http = Portal.anonymous().bytes("/admin/org/units.xhtml");
        assertFalse(isSecure(sessionCookie(http)), "plain http (local development) keeps a usable cookie: " + sessionCookie(http));
        assertTrue(http.headers().firstValue("Strict-Transport-Security").isEmpty(), http.headers().map().toString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private static boolean isSecure(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";")).map(String::trim).anyMatch("secure"::equalsIgnoreCase);
    }

    @Test
    void eachBackOfficeResponseHasOnePolicyAndItsScriptsNeedTheNonceOfThePage() {
        Portal editor = Portal.signedIn(Role.EDITOR);
        for (String page : List.of("/admin/login.xhtml", "/admin/index.xhtml", "/admin/content/inbox.xhtml", "/admin/error/403.xhtml")) {
            List<String> policies = editor.get(page).headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), page + ": " + policies);
            String scripts = directive(policies.get(0), "script-src");
            assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'"), page + ": " + scripts);
        }
        // the static error pages (served while the database is down) carry the server's policy: no script at all
        for (String other : List.of("/admin/api/v1/me", "/admin/resources/js/autosave.js", "/admin/khong-co-trang-nay")) {
            List<String> policies = editor.get(other).headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), other + ": " + policies);
            assertEquals("script-src 'self'", directive(policies.get(0), "script-src"), other);
        }
    }

    private static String directive(String policy, String name) {
        return java.util.Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + policy));
    }

    @Test
    void signingInIssuesANewSessionIdInAnHttpOnlySameSiteCookie() {
        Portal browser = Portal.anonymous();
        HttpResponse<String> beforeLogin = browser.get("/admin/org/units.xhtml");
        String before = browser.sessionId().orElseThrow(() -> new AssertionError("no session before sign-in: " + beforeLogin.headers().map()));

        HttpResponse<String> login = browser.signIn(Portal.loginOf(Role.IT_ADMIN), DemoAccount.PASSWORD);
        assertEquals(302, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertNotEquals(before, browser.sessionId().orElseThrow());

        Portal attacker = Portal.anonymous();
        attacker.useSession(before);
        assertFalse(attacker.get("/admin/index.xhtml").body().contains("id=\"page-title\""), "the old session id must not be signed in");
    }

    @Test
    void signingOutInvalidatesTheSession() {
        Portal browser = Portal.signedIn(Role.EDITOR);
        String session = browser.sessionId().orElseThrow();
        assertTrue(browser.get("/admin/index.xhtml").body().contains("id=\"page-title\""));

        HttpResponse<String> logout = browser.postForm("/admin/logout", java.util.Map.of());
        assertEquals(302, logout.statusCode());

        Portal replay = Portal.anonymous();
        replay.useSession(session);
        assertFalse(replay.get("/admin/index.xhtml").body().contains("id=\"page-title\""));
        assertFalse(Database.strings("SELECT actor FROM audit_event WHERE action = 'LOGOUT' AND actor = ?",
                Portal.loginOf(Role.EDITOR)).isEmpty());
    }

    @Test
    void aWrongPasswordIsAnsweredInVietnameseAndAuditedWithTheAddress() {
        Portal browser = Portal.anonymous();
        HttpResponse<String> response = browser.signIn(Portal.loginOf(Role.FINANCE), "khong-dung-mat-khau");
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/admin/login.xhtml?error=credentials"), location);
        assertTrue(browser.get(location.replace(base().toString(), "")).body()
                .contains("Tên đăng nhập hoặc mật khẩu không đúng."));
        assertEquals(List.of("127.0.0.1"), Database.strings("SELECT DISTINCT remote_address FROM audit_event "
                + "WHERE actor = ? AND action = 'LOGIN_FAILED'", Portal.loginOf(Role.FINANCE)));
        Database.update("UPDATE account SET failed_logins = 0 WHERE login = ?", Portal.loginOf(Role.FINANCE));
    }

    @Test
    void aSignInAfterTheLoginPageDoesNotFollowARedirectOutsideTheBackOffice() {
        Portal browser = Portal.anonymous();
        HttpResponse<String> response = browser.postForm("/admin/login", java.util.Map.of(
                "username", Portal.loginOf(Role.APPROVER), "password", DemoAccount.PASSWORD, "next", "//evil.example/admin/"));
        assertEquals(302, response.statusCode());
        assertEquals(base() + "/admin/", response.headers().firstValue("Location").orElseThrow());
    }
}
