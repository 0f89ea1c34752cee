package vn.ttdt.portal.site.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.procedures.application.ProcedureView;
import vn.ttdt.portal.procedures.application.PublicProcedures;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Page;
import javax.xml.stream.XMLStreamException;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.legaldocs.application.LegalDocumentView;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * {@code /sitemap.xml}: the home page, every visible category, every published item and every legal document, then the
 * procedure catalogue, every procedure in force and the one-stop statistics.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    @Inject
    private PublicContent content;

    @Inject
    private PublicLegalDocuments documents;

    @Inject
    private PublicProcedures procedures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = SiteUrls.orBadRequest(request, response).orElse(null);
        if (urls == null) {
            return;
        }
        List<Sitemap.Entry> entries = Sitemap.collect(urls, content.categories(), offset -> content.items(
                PublicItemFilter.all(), new PageRequest(offset, Sitemap.PAGE_SIZE, null, false)));
        entries = new ArrayList<>(entries);
        addLegalDocuments(urls, entries);
        entries = Sitemap.append(entries, procedureEntries(urls));
        response.setContentType("application/xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try {
            Sitemap.write(entries, response.getWriter());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The legal documents database and its documents (newest issued first), as far as the sitemap has room. */
    private void addLegalDocuments(SiteUrls urls, List<Sitemap.Entry> entries) {
        if (entries.size() >= Sitemap.MAX_URLS) {
            return;
        }
        entries.add(new Sitemap.Entry(urls.path("/van-ban"), null));
        for (int offset = 0; entries.size() < Sitemap.MAX_URLS; offset += Sitemap.PAGE_SIZE) {
            Page<LegalDocumentView> page = documents.search(LegalDocumentFilter.none(),
                    new PageRequest(offset, Sitemap.PAGE_SIZE, "issuedOn", false));
            page.items().stream().limit(Sitemap.MAX_URLS - entries.size())
                    .forEach(d -> entries.add(new Sitemap.Entry(urls.path("/van-ban/" + d.slug()), d.issuedOn())));
            if (page.items().isEmpty() || offset + Sitemap.PAGE_SIZE >= page.total()) {
                return;
            }
        }
    }

    private List<Sitemap.Entry> procedureEntries(SiteUrls urls) {
        List<Sitemap.Entry> entries = new ArrayList<>();
        entries.add(new Sitemap.Entry(urls.path("/thu-tuc-hanh-chinh"), null));
        entries.add(new Sitemap.Entry(urls.path("/ket-qua-giai-quyet-tthc"), null));
        for (int offset = 0; entries.size() < Sitemap.MAX_URLS; offset += Sitemap.PAGE_SIZE) {
            Page<ProcedureView> page = procedures.search(null, null, null, null, new PageRequest(offset, Sitemap.PAGE_SIZE, null, true));
            page.items().forEach(p -> entries.add(new Sitemap.Entry(urls.path("/thu-tuc-hanh-chinh/" + p.code()),
                    p.updatedAt() == null ? null : LocalDate.ofInstant(p.updatedAt(), BusinessCalendar.ZONE))));
            if (page.items().isEmpty() || offset + Sitemap.PAGE_SIZE >= page.total()) {
                break;
            }
        }
        return entries;
    }
}
