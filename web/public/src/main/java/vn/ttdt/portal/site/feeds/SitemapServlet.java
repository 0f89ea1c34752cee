package vn.ttdt.portal.site.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.procedures.application.PublicProcedures;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.site.about.SiteInformationUrls;
import vn.ttdt.portal.site.pages.application.PublicSiteInformation;
import vn.ttdt.portal.site.pages.application.TouristSiteView;

/**
 * {@code /sitemap.xml}: the home page, every visible category, every published item and every legal document, then the
 * procedure catalogue, every procedure in force and the one-stop statistics, then the site's information (giới thiệu, its
 * English pages and every tourist site).
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    @Inject
    private PublicContent content;

    @Inject
    private PublicLegalDocuments documents;

    @Inject
    private PublicProcedures procedures;

    @Inject
    private PublicSiteInformation information;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = SiteUrls.orBadRequest(request, response).orElse(null);
        if (urls == null) {
            return;
        }
        List<Sitemap.Entry> entries = Sitemap.collect(urls, content.categories(), offset -> content.items(
                PublicItemFilter.all(), new PageRequest(offset, Sitemap.PAGE_SIZE, null, false)));
        entries = Sitemap.section(entries, List.of(new Sitemap.Entry(urls.path("/van-ban"), null)),
                offset -> documents.search(LegalDocumentFilter.none(), new PageRequest(offset, Sitemap.PAGE_SIZE, "issuedOn", false)),
                d -> new Sitemap.Entry(urls.path("/van-ban/" + d.slug()), d.issuedOn()));
        entries = Sitemap.section(entries, List.of(new Sitemap.Entry(urls.path("/thu-tuc-hanh-chinh"), null),
                        new Sitemap.Entry(urls.path("/ket-qua-giai-quyet-tthc"), null)),
                offset -> procedures.search(null, null, null, null, new PageRequest(offset, Sitemap.PAGE_SIZE, null, true)),
                p -> new Sitemap.Entry(urls.path("/thu-tuc-hanh-chinh/" + p.code()),
                        p.updatedAt() == null ? null : LocalDate.ofInstant(p.updatedAt(), BusinessCalendar.ZONE)));
        List<TouristSiteView> touristSites = information.touristSites();
        entries = Sitemap.section(entries, SiteInformationUrls.fixedPaths().stream().map(path -> new Sitemap.Entry(urls.path(path), null)).toList(),
                offset -> new Page<>(offset == 0 ? touristSites : List.of(), touristSites.size()),
                t -> new Sitemap.Entry(urls.path(SiteInformationUrls.touristSite(t.slug())), null));
        response.setContentType("application/xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try {
            Sitemap.write(entries, response.getWriter());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
