package vn.ttdt.portal.it;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * An HTTP client for the running portal: anonymous, signed in through the form, or HTTP Basic. Without an explicit
 * base it addresses the portal deployed for the run ({@link PortalIT#base()}).
 */
public final class Portal {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    /**
     * HTTP/1.1, as browsers speak plain HTTP: Java's client otherwise asks a new connection's first request to upgrade
     * to HTTP/2 (h2c), and one such upgraded answer of a public page once stopped halfway until the server closed the
     * idle connection 60 s later (docs/tests.md).
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String basic;
    private final URI base;
    private String forwardedFor;
    private Duration patience = Duration.ofSeconds(30);

    private Portal(String basic) {
        this(basic, null);
    }

    private Portal(String basic, URI base) {
        this.basic = basic;
        this.base = base;
    }

    /** Basic credentials of a demo account against another server (another port). */
    public static Portal basic(Role role, URI base) {
        return new Portal("Basic " + Base64.getEncoder().encodeToString((loginOf(role) + ":" + DemoAccount.PASSWORD)
                .getBytes(StandardCharsets.UTF_8)), base);
    }

    public static Portal anonymous() {
        return new Portal(null);
    }

    /** A visitor of another server (another port). */
    public static Portal anonymous(URI base) {
        return new Portal(null, base);
    }

    /** Basic credentials sent with every request (for the API). */
    public static Portal basic(String login, String password) {
        return new Portal("Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Portal basic(Role role) {
        return basic(loginOf(role), DemoAccount.PASSWORD);
    }

    /** Signs in through the back-office form; fails the test if that does not succeed. */
    public static Portal signedIn(Role role) {
        return signedIn(role, null);
    }

    /** Signs in through the back-office form of another server (another port); fails the test if that does not succeed. */
    public static Portal signedIn(Role role, URI base) {
        Portal portal = new Portal(null, base);
        HttpResponse<String> response = portal.signIn(loginOf(role), DemoAccount.PASSWORD);
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/admin/")) {
            throw new AssertionError("sign-in as " + role + " failed: " + response.statusCode() + " " + response.headers().map());
        }
        return portal;
    }

    /**
     * The demo account with this role, signed in through the form once per run and deployment (its session is shared by
     * every client this returns): for tests whose subject is not how one signs in. HTTP Basic verifies the bcrypt hash
     * on every call (the test deployment hashes at cost 4; production's 12 takes ≈ 0.25 s of CPU here); a session
     * verifies it once.
     */
    public static Portal as(Role role) {
        Portal portal = anonymous();
        portal.useSession(SharedSessions.of(role));
        return portal;
    }

    public static String loginOf(Role role) {
        return DemoAccount.ALL.stream().filter(a -> a.role() == role).findFirst().orElseThrow().login();
    }

    /**
     * Sends every request as if a reverse proxy had received it from {@code address} (the server trusts the loopback
     * as its proxy): wrong passwords sent this way count against that address, not against the loopback that every
     * other test shares, so the per-address throttle of one test never refuses another's sign-ins.
     */
    public Portal from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Gives up on a request that has not answered within {@code limit} (an {@link IllegalStateException}). */
    public Portal waitingAtMost(Duration limit) {
        this.patience = limit;
        return this;
    }

    public HttpResponse<String> signIn(String login, String password) {
        return postForm("/admin/login", Map.of("username", login, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** Posts {@code form} URL-encoded, with extra request headers given as name, value, name, value… */
    public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    public HttpResponse<String> json(String method, String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends {@code body} as it is, with its content type (a CSV file, a JSON file's bytes). */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Uploads a file to the media API as a raw body, its name percent-encoded in {@code X-File-Name}. */
    public HttpResponse<String> upload(String fileName, byte[] bytes) {
        return upload("/admin/api/v1/media", fileName, bytes);
    }

    /** Posts a file as a raw body to {@code path}, its name percent-encoded in {@code X-File-Name}. */
    public HttpResponse<String> upload(String path, String fileName, byte[] bytes) {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .header("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** A GET whose answer is kept as bytes (images), with extra request headers given as name, value, name, value… */
    public HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder builder = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    public void useSession(String sessionId) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/admin");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base().resolve("/admin/"), cookie);
    }

    /** One form sign-in per demo role, kept while the portal stays deployed and the session is used. */
    private static final class SharedSessions {

        private static final Duration IDLE = Duration.ofMinutes(20);
        private static final Map<Role, SharedSession> SESSIONS = new EnumMap<>(Role.class);

        private record SharedSession(String id, URI address, Instant lastUsed) {
        }

        static synchronized String of(Role role) {
            URI address = OnePortalDeployment.address();
            Instant now = Instant.now();
            SharedSession session = SESSIONS.get(role);
            if (session == null || !session.address().equals(address) || session.lastUsed().plus(IDLE).isBefore(now)
                    || OnePortalDeployment.deployedSince(session.lastUsed())) {
                session = new SharedSession(signedIn(role).sessionId().orElseThrow(), address, now);
            }
            SESSIONS.put(role, new SharedSession(session.id(), address, now));
            return session.id();
        }
    }

    private URI base() {
        return base != null ? base : OnePortalDeployment.address();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base().resolve(path)).timeout(patience)
                .header("Accept-Language", "vi");
        if (basic != null) {
            builder.header("Authorization", basic);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }
}
