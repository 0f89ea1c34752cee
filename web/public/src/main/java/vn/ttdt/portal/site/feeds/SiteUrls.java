package vn.ttdt.portal.site.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Absolute addresses of the public pages: from the configured public address ({@code -Dportal.public.base-url},
 * e.g. {@code https://cammy.dongnai.gov.vn}, which production must set), else from the scheme, host and port a
 * request came in on (development and tests; the page cache then keeps each host's pages apart, so a forged
 * {@code Host} header cannot put its address into what other visitors get).
 */
public record SiteUrls(String base) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

    /** @throws IllegalArgumentException if the request names an odd scheme or host */
    public static SiteUrls of(HttpServletRequest request) {
        return configured().orElseGet(() ->
                of(request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath()));
    }

    /** The configured public address, when there is one. */
    public static Optional<SiteUrls> configured() {
        String base = vn.ttdt.portal.shared.application.Settings.text("portal.public.base-url", null);
        if (base == null) {
            return Optional.empty();
        }
        java.net.URI uri = java.net.URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        return Optional.of(of(uri.getScheme(), uri.getHost(), uri.getPort(), uri.getPath()));
    }

    /** The addresses for this request, or empty after answering 400 to an odd scheme or host. */
    static Optional<SiteUrls> orBadRequest(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            return Optional.of(of(request));
        } catch (IllegalArgumentException e) {
            PlainText.send(response, 400, "Địa chỉ yêu cầu không hợp lệ.");
            return Optional.empty();
        }
    }

    /**
     * The addresses for a request that came in on this scheme, host and port (the configured address is not looked at).
     *
     * @throws IllegalArgumentException if the scheme or host is odd
     */
    public static SiteUrls of(String scheme, String host, int port, String contextPath) {
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("scheme");
        }
        String name = host != null && host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        if (name == null || !HOST.matcher(name).matches()) {
            throw new IllegalArgumentException("host");
        }
        boolean defaultPort = port <= 0 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        return new SiteUrls(scheme + "://" + name.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                + (contextPath == null ? "" : contextPath));
    }

    public String home() {
        return base + "/";
    }

    public String item(String slug) {
        return base + "/tin/" + slug;
    }

    public String category(String slug) {
        return base + "/chuyen-muc/" + slug;
    }

    public String path(String path) {
        return base + path;
    }
}
