package vn.ttdt.portal.site.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ttdt.portal.questions.domain.QuestionField;

/**
 * The cache key of a public page: its path and only the parameters that page declares it reads
 * ({@link #declaredBy}: search {@code q} and {@code trang}; category and keyword listings {@code trang};
 * the published questions {@code linh-vuc} (a known field only) and {@code trang}; every other page none), so that {@code ?x=1} or a tracking parameter finds the same entry. The page
 * is rendered without seeing any other parameter ({@link DeclaredParameters}). Null when the page
 * should not be kept: a page number that is not a whole number from 1 to {@value #LAST_PAGE}, or a
 * query longer than the search page accepts.
 */
final class PageKey {

    static final int LAST_PAGE = 10_000;
    static final int LONGEST_QUERY = 200;

    private static final Set<String> SEARCH = Set.of("q", "trang");
    private static final Set<String> LISTING = Set.of("trang");
    private static final Set<String> QUESTIONS = Set.of("linh-vuc", "trang");
    private static final Set<String> FIELDS = Arrays.stream(QuestionField.values()).map(Enum::name).collect(Collectors.toSet());

    private PageKey() {
    }

    /** The request parameters the page at this path reads; the only ones it may show. */
    static Set<String> declaredBy(String path) {
        if (path.equals("/tim-kiem")) {
            return SEARCH;
        }
        if (path.equals("/hoi-dap")) {
            return QUESTIONS;
        }
        return path.startsWith("/chuyen-muc/") || path.startsWith("/the/") ? LISTING : Set.of();
    }

    static String of(String path, Map<String, String[]> parameters) {
        Set<String> declared = declaredBy(path);
        boolean search = declared == SEARCH;
        boolean listing = declared.contains("trang");
        StringBuilder key = new StringBuilder(path);
        if (search) {
            String query = first(parameters, "q");
            if (query != null) {
                if (query.length() > LONGEST_QUERY) {
                    return null;
                }
                key.append("?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
            }
        }
        if (declared == QUESTIONS) {
            String field = first(parameters, "linh-vuc");
            if (field != null) {
                if (!FIELDS.contains(field)) {
                    return null;
                }
                key.append("?linh-vuc=").append(field);
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
