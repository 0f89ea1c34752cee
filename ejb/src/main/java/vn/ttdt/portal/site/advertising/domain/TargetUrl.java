package vn.ttdt.portal.site.advertising.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where a banner leads: an absolute http or https address with a host and no user information, nothing else. */
public final class TargetUrl {

    public static final int MAX = 1000;

    private TargetUrl() {
    }

    /** The address as given (trimmed), or null when it is not one a banner may lead to. */
    public static String checked(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX) {
            return null;
        }
        String url = text.strip();
        if (url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F || c == '\\' || c == '"' || c == '<' || c == '>')) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
