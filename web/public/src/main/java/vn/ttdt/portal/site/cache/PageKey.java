package vn.ttdt.portal.site.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ttdt.portal.questions.domain.QuestionField;

/**
 * The cache key of a public page: its path and only the parameters that page declares it reads
 * ({@link #declaredBy}: search {@code q} and {@code trang}; category and keyword listings {@code trang}; the legal
 * documents database its filters and {@code trang}; the procedure catalogue its words, filters and page; the one-stop
 * statistics their month; the published questions {@code linh-vuc} (a known field only) and {@code trang}; every other page none), so that {@code ?x=1} or a tracking parameter finds the same entry. The page
 * is rendered without seeing any other parameter ({@link DeclaredParameters}). Null when the page
 * should not be kept: a page number that is not a whole number from 1 to {@value #LAST_PAGE}, or a
 * query longer than the search page accepts.
 */
final class PageKey {

    static final int LAST_PAGE = 10_000;
    static final int LONGEST_QUERY = 200;

    private static final Set<String> SEARCH = Set.of("q", "trang");
    private static final Set<String> LISTING = Set.of("trang");
    private static final Set<String> LEGAL = Set.of("q", "loai", "linh-vuc", "cap", "co-quan", "nam", "tinh-trang", "so",
            "sap-xep", "trang");
    private static final Set<String> PROCEDURES = Set.of("q", "linh-vuc", "cap", "co-quan", "trang");
    private static final Set<String> ONE_STOP = Set.of("ky");
    /** The order of the parameters in a key, so that one page has one key whatever the order of its address. */
    private static final List<String> ORDER = List.of("q", "loai", "linh-vuc", "cap", "co-quan", "nam", "tinh-trang", "so",
            "sap-xep", "ky", "trang");
    private static final Set<String> QUESTIONS = Set.of("linh-vuc", "trang");
    private static final Set<String> FIELDS = Arrays.stream(QuestionField.values()).map(Enum::name).collect(Collectors.toSet());

    private PageKey() {
    }

    /** The request parameters the page at this path reads; the only ones it may show. */
    static Set<String> declaredBy(String path) {
        return switch (path) {
            case "/tim-kiem" -> SEARCH;
            case "/van-ban" -> LEGAL;
            case "/thu-tuc-hanh-chinh" -> PROCEDURES;
            case "/ket-qua-giai-quyet-tthc" -> ONE_STOP;
            case "/hoi-dap" -> QUESTIONS;
            default -> path.startsWith("/chuyen-muc/") || path.startsWith("/the/") ? LISTING : Set.of();
        };
    }

    static String of(String path, Map<String, String[]> parameters) {
        return of(path, name -> first(parameters, name));
    }

    /** The key from the path and a reader of each parameter's first value (null when absent). */
    static String of(String path, Function<String, String> firstValue) {
        Set<String> declared = declaredBy(path);
        StringBuilder key = new StringBuilder(path);
        for (String name : ORDER) {
            String value = declared.contains(name) ? firstValue.apply(name) : null;
            if (value == null) {
                continue;
            }
            if (name.equals("trang")) {
                int number = pageNumber(value);
                if (number < 1) {
                    return null;
                }
                if (number == 1) {
                    continue;
                }
                value = Integer.toString(number);
            } else if (value.length() > LONGEST_QUERY || declared == QUESTIONS && !FIELDS.contains(value)) {
                return null;
            }
            key.append(key.indexOf("?") > 0 ? "&" : "?").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
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
