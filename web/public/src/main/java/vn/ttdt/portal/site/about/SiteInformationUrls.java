package vn.ttdt.portal.site.about;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.site.pages.domain.SitePageKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses of the site's information: /gioi-thieu (overview), /gioi-thieu/{page} (natural conditions, history…),
 * /gioi-thieu/diem-du-lich and /gioi-thieu/diem-du-lich/{slug}, /gioi-thieu/co-cau-to-chuc, /gioi-thieu/lanh-dao,
 * and in English /en/organisation, /en/leaders, /en/contact (/en leads to the first). Anything else below them is 404.
 */
public class SiteInformationUrls extends HttpFilter {

    static final String ABOUT = "/gioi-thieu";
    static final String TOURIST_SITES = ABOUT + "/diem-du-lich";
    static final String ORGANISATION = ABOUT + "/co-cau-to-chuc";
    static final String LEADERS = ABOUT + "/lanh-dao";

    private static final Map<String, String> FIXED = Map.of(
            ABOUT, "/about/overview.xhtml",
            TOURIST_SITES, "/about/tourist-sites.xhtml",
            ORGANISATION, "/about/organisation.xhtml",
            LEADERS, "/about/leaders.xhtml",
            "/en/organisation", "/english/organisation.xhtml",
            "/en/leaders", "/english/leaders.xhtml",
            "/en/contact", "/english/contact.xhtml");
    private static final Pattern TOURIST_SITE = Pattern.compile("^" + TOURIST_SITES + "/([a-z0-9-]{1,140})$");
    private static final Pattern PAGE = Pattern.compile("^" + ABOUT + "/([a-z0-9-]{1,60})$");

    /** Every address of the site's information except single tourist sites, for the sitemap. */
    public static List<String> fixedPaths() {
        List<String> paths = new ArrayList<>(List.of(ABOUT));
        Arrays.stream(SitePageKind.values()).map(kind -> ABOUT + "/" + kind.slug()).forEach(paths::add);
        paths.addAll(List.of(TOURIST_SITES, ORGANISATION, LEADERS, "/en/organisation", "/en/leaders", "/en/contact"));
        return paths;
    }

    /** The address of a tourist site's page. */
    public static String touristSite(String slug) {
        return TOURIST_SITES + "/" + slug;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/en")) {
            response.sendRedirect(request.getContextPath() + "/en/organisation");
            return;
        }
        String view = FIXED.get(path);
        if (view == null) {
            Matcher touristSite = TOURIST_SITE.matcher(path);
            Matcher page = PAGE.matcher(path);
            view = touristSite.matches() ? "/about/tourist-site.xhtml?slug=" + touristSite.group(1)
                    : page.matches() ? "/about/page.xhtml?slug=" + page.group(1) : null;
        }
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }
}
