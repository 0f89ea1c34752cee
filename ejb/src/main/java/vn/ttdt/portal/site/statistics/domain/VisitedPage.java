package vn.ttdt.portal.site.statistics.domain;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page a beacon reports, read from the page's local address ({@code location.pathname}) the way the public site's
 * friendly addresses name their pages: {@code /tin/{slug}}, {@code /chuyen-muc/{slug}}, {@code /van-ban/{slug}},
 * {@code /thu-tuc-hanh-chinh/{code}}, the home page, and the other pages by their section (the first one or two
 * segments of the address, under a known section only). Anything else is no page of the site.
 */
public record VisitedPage(PageKind kind, String ref) {

    static final int LONGEST_PATH = 300;

    private static final Pattern SLUG = Pattern.compile("^/(tin|chuyen-muc|van-ban)/([a-z0-9-]{1,140})/?$");
    private static final Pattern PROCEDURE = Pattern.compile("^/thu-tuc-hanh-chinh/([A-Za-z0-9][A-Za-z0-9._-]{0,59})/?$");
    private static final Pattern SECTION = Pattern.compile("^/([a-z0-9-]{1,60})(/[a-z0-9-]{1,80})?/?$");
    private static final Set<String> SECTIONS = Set.of("van-ban", "thu-tuc-hanh-chinh", "ket-qua-giai-quyet-tthc", "hoi-dap",
            "tim-kiem", "the", "gioi-thieu", "en");

    public static Optional<VisitedPage> ofPath(String path) {
        if (path == null || path.length() > LONGEST_PATH) {
            return Optional.empty();
        }
        if (path.equals("/") || path.equals("/index.xhtml")) {
            return Optional.of(new VisitedPage(PageKind.HOME, "/"));
        }
        Matcher slug = SLUG.matcher(path);
        if (slug.matches()) {
            PageKind kind = switch (slug.group(1)) {
                case "tin" -> PageKind.ITEM;
                case "chuyen-muc" -> PageKind.CATEGORY;
                default -> PageKind.LEGAL_DOCUMENT;
            };
            return Optional.of(new VisitedPage(kind, slug.group(2)));
        }
        Matcher procedure = PROCEDURE.matcher(path);
        if (procedure.matches()) {
            return Optional.of(new VisitedPage(PageKind.PROCEDURE, procedure.group(1)));
        }
        return section(path);
    }

    private static Optional<VisitedPage> section(String path) {
        String plain = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        Matcher section = SECTION.matcher(plain);
        if (!section.matches() || !SECTIONS.contains(section.group(1))) {
            return Optional.empty();
        }
        String ref = "/" + section.group(1) + (section.group(1).equals("the") || section.group(2) == null ? "" : section.group(2));
        return Optional.of(new VisitedPage(PageKind.OTHER, ref));
    }
}
