package vn.ttdt.portal.procedures.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rule for a link to the province's online public-service portal: an absolute {@code https} address with a host, at most 500 characters. */
public final class PublicServiceLink {

    public static final int MAX_LENGTH = 500;

    private PublicServiceLink() {
    }

    public static boolean isValid(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH || !url.equals(url.strip())) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isBlank() && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
