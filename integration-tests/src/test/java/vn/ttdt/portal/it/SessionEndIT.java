package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * A back-office session opened before an account is deactivated, locked, given other roles or
 * given a new password (by the administrator, or by its owner in another session) ends with that change: its pages go to the sign-in
 * page with a Vietnamese message, the API answers 401, and the forced sign-out is audited.
 */
class SessionEndIT extends PortalIT {

    private static final String PASSWORD = "Mat-khau-phien-2023";

    private final Portal admin = Portal.as(Role.IT_ADMIN);


    @Test
    void deactivatingAnAccountEndsItsSessionsAndAFreshSignInAfterReactivationWorks() {
        String login = newAccount("phien-ngung");
        Portal pages = signedIn(login, PASSWORD);
        Portal api = signedIn(login, PASSWORD);
        assertEquals(200, api.get("/admin/api/v1/me").statusCode());

        assertEquals(200, admin.json("POST", "/admin/api/v1/accounts/" + idOf(login) + "/deactivate", null).statusCode());

        assertEnded(pages, login);
        HttpResponse<String> me = api.get("/admin/api/v1/me");
        assertEquals(401, me.statusCode(), me.body());
        assertEquals(401, api.get("/admin/api/v1/me").statusCode());

        assertEquals(200, admin.json("POST", "/admin/api/v1/accounts/" + idOf(login) + "/reactivate", null).statusCode());
        Portal again = signedIn(login, PASSWORD);
        assertTrue(again.get("/admin/index.xhtml").body().contains("id=\"page-title\""));
        assertEquals(200, again.get("/admin/api/v1/me").statusCode());
    }

    @Test
    void lockingAnAccountByWrongPasswordsEndsItsSessions() {
        String login = newAccount("phien-khoa");
        Portal pages = signedIn(login, PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, Portal.basic(login, "sai-mat-khau-" + attempt).from("203.0.113.52").get("/admin/api/v1/me").statusCode());
        }
        assertEnded(pages, login);
    }

    @Test
    void changingAnAccountsRolesEndsItsSessionsButChangingItsPhoneDoesNot() {
        String login = newAccount("phien-vaitro");
        Portal pages = signedIn(login, PASSWORD);
        String id = idOf(login);

        assertEquals(200, admin.json("PUT", "/admin/api/v1/accounts/" + id, draft(login, "0251 3800 111", "CONTRIBUTOR", version(id))).statusCode());
        assertTrue(pages.get("/admin/index.xhtml").body().contains("id=\"page-title\""), "a change of phone ends no session");

        assertEquals(200, admin.json("PUT", "/admin/api/v1/accounts/" + id, draft(login, "0251 3800 111", "EDITOR", version(id))).statusCode());
        assertEnded(pages, login);
        assertTrue(signedIn(login, PASSWORD).get("/admin/index.xhtml").body().contains("id=\"page-title\""));
    }

    @Test
    void aPasswordResetByTheAdministratorEndsTheSessionsOpenedWithTheOldPassword() {
        String login = newAccount("phien-matkhau");
        Portal pages = signedIn(login, PASSWORD);
        Portal api = signedIn(login, PASSWORD);
        assertEquals(204, admin.json("PUT", "/admin/api/v1/accounts/" + idOf(login) + "/password",
                "{\"password\":\"Mat-khau-moi-2023-y\"}").statusCode());

        assertEnded(pages, login);
        assertEquals(401, api.get("/admin/api/v1/me").statusCode());
        assertEquals(200, signedIn(login, "Mat-khau-moi-2023-y").get("/admin/api/v1/me").statusCode());
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsAndKeepsTheOneThatChangedIt() {
        String login = newAccount("phien-tudoi");
        Portal here = signedIn(login, PASSWORD);
        Portal elsewhere = signedIn(login, PASSWORD);
        String newPassword = "Mat-khau-tu-doi-2023-z";

        String profile = here.get("/admin/profile.xhtml").body();
        HttpResponse<String> changed = here.postForm("/admin/profile.xhtml", Map.of(
                "password-form", "password-form",
                "password-form:current", PASSWORD,
                "password-form:new", newPassword,
                "password-form:repeat", newPassword,
                "password-form:change-password", "",
                "jakarta.faces.ViewState", attribute(profile, "name=\"jakarta.faces.ViewState\"[^>]*value"),
                "primefaces.nonce", attribute(profile, "<script[^>]*nonce")));

        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("Đã đổi mật khẩu."), changed.body());
        assertEnded(elsewhere, login);
        assertTrue(here.get("/admin/index.xhtml").body().contains("id=\"page-title\""), "the session that changed it goes on");
        assertEquals(200, signedIn(login, newPassword).get("/admin/api/v1/me").statusCode());
    }

    /** The value of the first attribute matched by {@code pattern} (up to its name, before ="…"). */
    private static String attribute(String page, String pattern) {
        Matcher m = Pattern.compile(pattern + "=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "the page has " + pattern);
        return m.group(1);
    }

    private static void assertEnded(Portal browser, String login) {
        HttpResponse<String> page = browser.get("/admin/index.xhtml");
        assertEquals(302, page.statusCode(), page.body());
        String location = page.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/admin/login.xhtml?error=ended"), location);
        HttpResponse<String> signInPage = browser.get(location.replace(base().toString(), ""));
        assertTrue(signInPage.body().contains("Phiên làm việc của bạn đã kết thúc"), signInPage.body());
        assertFalse(browser.get("/admin/index.xhtml").body().contains("id=\"page-title\""));
        assertEquals(401, browser.get("/admin/api/v1/me").statusCode());
        assertFalse(Database.strings("SELECT id FROM audit_event WHERE actor = ? AND action = 'SESSION_ENDED'", login).isEmpty(),
                "the forced sign-out of " + login + " is audited");
    }

    private static Portal signedIn(String login, String password) {
        Portal browser = Portal.anonymous();
        HttpResponse<String> response = browser.signIn(login, password);
        assertEquals(base() + "/admin/", response.headers().firstValue("Location").orElse(""), response.headers().map().toString());
        assertTrue(browser.get("/admin/index.xhtml").body().contains("id=\"page-title\""));
        return browser;
    }

    private static String newAccount(String prefix) {
        return OrganisationFixture.newContributor(prefix, "Người thử phiên", PASSWORD);
    }

    private static String idOf(String login) {
        return Database.strings("SELECT id FROM account WHERE login = ?", login).get(0);
    }

    private String version(String id) {
        return Json.field(admin.get("/admin/api/v1/accounts/" + id).body(), "version");
    }

    private static String draft(String login, String phone, String role, String version) {
        return """
                {"login":"%s","fullName":"Người thử phiên","email":"%s@cammy.example.vn","phone":"%s",
                 "roles":["%s"],"version":%s}""".formatted(login, login, phone, role, version);
    }
}
