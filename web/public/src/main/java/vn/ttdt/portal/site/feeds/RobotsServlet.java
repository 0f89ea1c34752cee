package vn.ttdt.portal.site.feeds;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /robots.txt}: crawlers keep out of the back-office and find the sitemap. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = SiteUrls.orBadRequest(request, response).orElse(null);
        if (urls == null) {
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=86400");
        PlainText.send(response, 200, text(urls));
    }

    static String text(SiteUrls urls) {
        return "User-agent: *\nDisallow: /admin/\nSitemap: " + urls.path("/sitemap.xml") + "\n";
    }
}
