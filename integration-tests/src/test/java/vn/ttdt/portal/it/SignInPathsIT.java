package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Every way to sign in goes through the portal's lock, throttle and audit: the sign-in form and
 * HTTP Basic on the API do; the container's own form login ({@code j_security_check}) answers
 * nobody, on any spelling of its address; wrong passwords are counted without losing one to
 * concurrency, and one account's success does not wipe an address's failures. Attempts that would
 * exhaust the per-address throttle come from their own loopback address (127.0.0.x).
 */
class SignInPathsIT extends PortalIT {

    private static final String PASSWORD = "Mat-khau-dung-2023";
    /** Wrong passwords of the lock test arrive "through the proxy" from here, so the loopback every other test shares is not throttled. */
    private static final String GUESSER = "203.0.113.53";
    private static final List<String> CONTAINER_FORM_PATHS = List.of(
            "/admin/j_security_check",
            "/admin/j_security_check;jsessionid=abc",
            "/admin/j_security_check;x=1?next=/admin/",
            "/admin/J_SECURITY_CHECK",
            "/admin/org/j_security_check",
            "/admin/api/v1/j_security_check",
            "/admin/content/J_Security_Check;a=b",
            "/admin/j_security%5Fcheck",
            "/admin/%6A_security_check",
            "/admin/login.xhtml/j_security_check",
            "/j_security_check",
            "/tin/j_security_check");

    private final Portal admin = Portal.basic(Role.IT_ADMIN);


    @Test
    void signingInWhereSomeoneIsSignedInSignsThemOutAndTheNewPersonIn() {
        Portal sharedDesk = Portal.anonymous().from("203.0.113.54");
        String approver = Portal.loginOf(Role.APPROVER);
        String finance = Portal.loginOf(Role.FINANCE);
        sharedDesk.signIn(approver, DemoAccount.PASSWORD);
        assertTrue(sharedDesk.get("/admin/api/v1/me").body().contains("\"" + approver + "\""));
        String approversSession = sharedDesk.sessionId().orElseThrow();

        HttpResponse<String> second = sharedDesk.signIn(finance, DemoAccount.PASSWORD);
        assertFalse(second.headers().firstValue("Location").orElse("").contains("error="),
                "the right password of the second person was refused: " + second.headers().map());
        String me = sharedDesk.get("/admin/api/v1/me").body();
        assertTrue(me.contains("\"" + finance + "\"") && !me.contains("\"" + approver + "\""), me);
        assertNotEquals(approversSession, sharedDesk.sessionId().orElseThrow(), "the new person's session keeps the old id");
        Portal oldCookie = Portal.anonymous().from("203.0.113.54");
        oldCookie.useSession(approversSession);
        assertNotSignedIn(oldCookie, "the approver's session id after the finance officer signed in");
    }

    @Test
    void theContainersFormLoginSignsNobodyInWhateverItsAddressLooksLike() {
        for (String path : CONTAINER_FORM_PATHS) {
            Portal right = Portal.anonymous();
            HttpResponse<String> withRightPassword = right.postForm(path,
                    Map.of("j_username", Portal.loginOf(Role.IT_ADMIN), "j_password", DemoAccount.PASSWORD));
            assertEquals(404, withRightPassword.statusCode(), path + " answered " + withRightPassword.headers().map());
            assertNotSignedIn(right, path);

            Portal wrong = Portal.anonymous();
            HttpResponse<String> withWrongPassword = wrong.postForm(path,
                    Map.of("j_username", Portal.loginOf(Role.IT_ADMIN), "j_password", "sai-mat-khau"));
            assertEquals(withRightPassword.statusCode(), withWrongPassword.statusCode(), path + ": right and wrong passwords told apart");
            assertEquals(withRightPassword.body(), withWrongPassword.body(), path + ": right and wrong passwords told apart");
        }
    }

    @Test
    void sevenWrongPasswordsSpreadOverTheFormBasicAndTheContainersFormLockTheAccountEverywhere() {
        String login = newAccount("khoa-loi-vao");
        for (int attempt = 1; attempt <= 7; attempt++) {
            String wrong = "sai-mat-khau-" + attempt;
            if (attempt % 2 == 1) {
                Portal.anonymous().from(GUESSER).signIn(login, wrong);
            } else {
                Portal.basic(login, wrong).from(GUESSER).get("/admin/api/v1/me");
            }
            Portal.anonymous().from(GUESSER).postForm("/admin/j_security_check", Map.of("j_username", login, "j_password", wrong));
        }
        assertEquals(List.of("1"), Database.strings("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'ACCOUNT_LOCKED'", login));
        assertEquals(List.of("1"), Database.strings("SELECT COUNT(*) FROM account WHERE login = ? AND locked_until > UTC_TIMESTAMP()", login));

        HttpResponse<String> form = Portal.anonymous().from(GUESSER).signIn(login, PASSWORD);
        assertTrue(form.headers().firstValue("Location").orElse("").contains("error=locked"), form.headers().map().toString());
        HttpResponse<String> basic = Portal.basic(login, PASSWORD).from(GUESSER).get("/admin/api/v1/me");
        assertEquals(401, basic.statusCode());
        assertTrue(basic.body().contains("locked"), basic.body());
        Portal container = Portal.anonymous().from(GUESSER);
        container.postForm("/admin/j_security_check", Map.of("j_username", login, "j_password", PASSWORD));
        assertNotSignedIn(container, "/admin/j_security_check");
    }

    @Test
    void aBasicHeaderSignsNobodyInOnTheBackOfficePagesAndTheApiAuditsIt() {
        Portal basic = Portal.basic(Role.IT_ADMIN);
        assertShowsTheSignInPage(basic.get("/admin/index.xhtml"), "a Basic header on a page");

        HttpResponse<String> api = basic.get("/admin/api/v1/me");
        assertEquals(200, api.statusCode(), api.body());
        assertFalse(Database.strings("SELECT id FROM audit_event WHERE actor = ? AND action = 'LOGIN_SUCCEEDED'",
                Portal.loginOf(Role.IT_ADMIN)).isEmpty());
    }

    @Test
    void wildFlysOwnHttpEntryPointsDoNotAcceptThePortalsPasswords() {
        for (String path : List.of("/wildfly-services/naming/v1/lookup/java:global", "/wildfly-services/ejb/v1/discover")) {
            HttpResponse<String> answer = Portal.basic(Role.IT_ADMIN).postForm(path, Map.of());
            assertTrue(answer.statusCode() == 401 || answer.statusCode() == 404, path + " answered " + answer.statusCode());
        }
    }

    @Test
    void twentyParallelWrongPasswordsOnOneAccountAreAllCounted() throws Exception {
        String login = newAccount("song-song");
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=sai-mat-khau";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return postFrom("127.0.0.21", "/admin/login", form);
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                String head = answer.get(2, TimeUnit.MINUTES);
                assertTrue(head.startsWith("HTTP/1.1 302") && (head.contains("error=credentials") || head.contains("error=locked")), head);
            }
        } finally {
            pool.shutdownNow();
        }
        int failed = count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILED'", login);
        int refused = count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN_REFUSED_LOCKED'", login);
        assertEquals(20, failed + refused, "every attempt is audited");
        assertEquals(failed, count("SELECT failed_logins FROM account WHERE login = ?", login), "no wrong password lost");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'ACCOUNT_LOCKED'", login));
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE login = ? AND locked_until > UTC_TIMESTAMP()", login));
    }

    @Test
    void aSuccessOfAnotherAccountFromTheSameAddressDoesNotResetItsThrottle() throws Exception {
        String address = "127.0.0.22";
        for (int i = 0; i < 19; i++) {
            String head = postFrom(address, "/admin/login", "username=doan-" + i + "&password=sai-mat-khau");
            assertTrue(head.contains("error=credentials"), head);
        }
        String success = postFrom(address, "/admin/login", "username=" + Portal.loginOf(Role.CONTRIBUTOR) + "&password=" + DemoAccount.PASSWORD);
        assertTrue(success.startsWith("HTTP/1.1 302") && success.contains("Location: " + base() + "/admin/"), success);
        assertFalse(success.contains("error="), success);

        postFrom(address, "/admin/login", "username=doan-cuoi&password=sai-mat-khau");
        String afterTwenty = postFrom(address, "/admin/login", "username=" + Portal.loginOf(Role.EDITOR) + "&password=" + DemoAccount.PASSWORD);
        assertTrue(afterTwenty.contains("error=throttled"), afterTwenty);
    }

    private static String newAccount(String prefix) {
        return OrganisationFixture.newContributor(prefix, "Người thử đăng nhập", PASSWORD);
    }

    private static void assertNotSignedIn(Portal portal, String path) {
        assertEquals(401, portal.get("/admin/api/v1/me").statusCode(), "signed in by " + path);
        assertShowsTheSignInPage(portal.get("/admin/index.xhtml"), path);
    }

    private static void assertShowsTheSignInPage(HttpResponse<String> page, String how) {
        assertFalse(page.body().contains("id=\"page-title\""), "signed in by " + how);
        assertTrue(page.body().contains("id=\"login-form\"")
                || page.headers().firstValue("Location").orElse("").contains("/admin/login.xhtml"), how + ": " + page.headers().map());
    }

    private static int count(String sql, String login) {
        return Integer.parseInt(Database.strings(sql, login).get(0));
    }

    /** Posts a form from the given loopback address; returns the answer's status line and headers. */
    private static String postFrom(String localAddress, String path, String form) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(base().getHost(), base().getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base().getAuthority() + "\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }
}
