package vn.ttdt.portal.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable addresses: /tin/{slug} for an item (written by {@link ItemPages}), /chuyen-muc/{slug} for a category (written by
 * {@link CategoryPages}), /the/{slug} for a keyword, /tim-kiem for
 * search, /van-ban for the legal documents database and /van-ban/{slug} for a document, /thu-tuc-hanh-chinh for the
 * procedure catalogue and /thu-tuc-hanh-chinh/{code} for a procedure, /ket-qua-giai-quyet-tthc for the one-stop statistics.
 */
public class FriendlyUrls extends HttpFilter {

    @Inject
    private ItemPages items;

    @Inject
    private CategoryPages categories;

    private static final Pattern SLUG = Pattern.compile("^/(tin|chuyen-muc|the|van-ban)/([a-z0-9-]{1,140})/?$");
    private static final Pattern PROCEDURE = Pattern.compile("^/thu-tuc-hanh-chinh/([A-Za-z0-9][A-Za-z0-9._-]{0,59})/?$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/tim-kiem")) {
            request.getRequestDispatcher("/search.xhtml").forward(request, response);
            return;
        }
        if (path.equals("/van-ban") || path.equals("/van-ban/")) {
            request.getRequestDispatcher("/legal-documents.xhtml").forward(request, response);
            return;
        }
        if (path.equals("/thu-tuc-hanh-chinh") || path.equals("/ket-qua-giai-quyet-tthc")) {
            request.getRequestDispatcher(path.equals("/thu-tuc-hanh-chinh") ? "/procedures.xhtml" : "/one-stop.xhtml")
                    .forward(request, response);
            return;
        }
        Matcher code = PROCEDURE.matcher(path);
        if (code.matches()) {
            request.getRequestDispatcher("/procedure.xhtml?slug=" + URLEncoder.encode(code.group(1), StandardCharsets.UTF_8))
                    .forward(request, response);
            return;
        }
        Matcher m = SLUG.matcher(path);
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (m.group(1).equals("tin")) {
            items.write(m.group(2), request, response);
            return;
        }
        if (m.group(1).equals("chuyen-muc")) {
            categories.write(m.group(2), request, response);
            return;
        }
        String view = m.group(1).equals("the") ? "/tag.xhtml" : "/legal-document.xhtml";
        request.getRequestDispatcher(view + "?slug=" + URLEncoder.encode(m.group(2), StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
