package vn.ttdt.portal.site.statistics.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a visitor came from, as far as the statistics keep it: the host of an {@code http(s)} referring address in
 * lower case without {@code www.}, never its path or query. A link within the site itself (the same host) and anything
 * that is not a web address count as no referrer.
 */
public final class ReferrerHost {

    static final int LONGEST = 2000;

    private ReferrerHost() {
    }

    public static Optional<String> of(String referrer, String ownHost) {
        if (referrer == null || referrer.isBlank() || referrer.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referrer.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isBlank() || host.length() > 255) {
                return Optional.empty();
            }
            String plain = plain(host);
            return ownHost != null && plain.equals(plain(ownHost)) ? Optional.empty() : Optional.of(plain);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String plain(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
