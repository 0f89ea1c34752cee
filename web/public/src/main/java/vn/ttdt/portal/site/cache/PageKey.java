package vn.ttdt.portal.site.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cache key of a public page: its path and only the parameters that page declares it reads
 * ({@link #declaredBy}: search {@code q} and {@code trang}; category and keyword listings {@code trang}; the legal
 * documents database its filters and {@code trang};
 * every other page none), so that {@code ?x=1} or a tracking parameter finds the same entry. The page
 * is rendered without seeing any other parameter ({@link DeclaredParameters}). Null when the page
 * should not be kept: a page number that is not a whole number from 1 to {@value #LAST_PAGE}, or a
 * query longer than the search page accepts.
 */
final class PageKey {

    static final int LAST_PAGE = 10_000;
    static final int LONGEST_QUERY = 200;

    private static final Set<String> SEARCH = Set.of("q", "trang");
    private static final Set<String> LISTING = Set.of("trang");
    /** The filters of the legal documents database, in the order they go into the key. */
    private static final List<String> LEGAL_FILTERS = List.of("q", "loai", "linh-vuc", "cap", "co-quan", "nam", "tinh-trang",
            "so", "sap-xep");
    private static final Set<String> LEGAL = Stream.concat(LEGAL_FILTERS.stream(), Stream.of("trang")).collect(Collectors.toUnmodifiableSet());

    private PageKey() {
    }

    /** The request parameters the page at this path reads; the only ones it may show. */
    static Set<String> declaredBy(String path) {
        if (path.equals("/tim-kiem")) {
            return SEARCH;
        }
        if (path.equals("/van-ban")) {
            return LEGAL;
        }
        return path.startsWith("/chuyen-muc/") || path.startsWith("/the/") ? LISTING : Set.of();
    }

    static String of(String path, Map<String, String[]> parameters) {
        Set<String> declared = declaredBy(path);
        boolean search = declared == SEARCH;
        boolean listing = declared.contains("trang");
        StringBuilder key = new StringBuilder(path);
        if (declared == LEGAL) {
            StringBuilder filters = new StringBuilder();
            for (String name : LEGAL_FILTERS) {
                String value = first(parameters, name);
                if (value != null && !value.isEmpty()) {
                    if (value.length() > LONGEST_QUERY) {
                        return null;
                    }
                    filters.append(filters.length() == 0 ? "?" : "&").append(name).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            key.append(filters);
        }
        if (search) {
            String query = first(parameters, "q");
            if (query != null) {
                if (query.length() > LONGEST_QUERY) {
                    return null;
                }
                key.append("?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
            }
        }
        if (listing) {
            String page = first(parameters, "trang");
            if (page != null) {
                int number = pageNumber(page);
                if (number < 1) {
                    return null;
                }
                if (number > 1) {
                    key.append(key.indexOf("?") > 0 ? "&" : "?").append("trang=").append(number);
                }
            }
        }
        return key.toString();
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The page number, or 0 when it is not one the cache keeps. */
    private static int pageNumber(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int number = Integer.parseInt(digits);
        return number <= LAST_PAGE ? number : 0;
    }
}
