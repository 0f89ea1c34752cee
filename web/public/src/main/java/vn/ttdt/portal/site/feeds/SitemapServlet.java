package vn.ttdt.portal.site.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.shared.domain.PageRequest;

/** {@code /sitemap.xml}: the home page, every visible category and every published item. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    @Inject
    private PublicContent content;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = SiteUrls.orBadRequest(request, response).orElse(null);
        if (urls == null) {
            return;
        }
        List<Sitemap.Entry> entries = Sitemap.collect(urls, content.categories(), offset -> content.items(
                PublicItemFilter.all(), new PageRequest(offset, Sitemap.PAGE_SIZE, null, false)));
        response.setContentType("application/xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try {
            Sitemap.write(entries, response.getWriter());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
