package vn.ttdt.portal.site.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.application.SiteInfo;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.PageRequest;

/** {@code /rss-van-ban}: RSS 2.0 of the {@value #SIZE} most recently issued legal documents. */
@WebServlet("/rss-van-ban")
public class LegalDocumentsRssServlet extends HttpServlet {

    static final int SIZE = 20;

    @Inject
    private PublicLegalDocuments documents;

    @Inject
    private SiteDirectory sites;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = SiteUrls.orBadRequest(request, response).orElse(null);
        if (urls == null) {
            return;
        }
        SiteInfo site = sites.info();
        List<FeedWriter.Entry> entries = documents.search(LegalDocumentFilter.none(), new PageRequest(0, SIZE, "issuedOn", false))
                .items().stream().map(d -> new FeedWriter.Entry(d.type() + " " + d.number(), urls.path("/van-ban/" + d.slug()),
                        d.summary(), BusinessCalendar.startOf(d.issuedOn()), d.type())).toList();
        FeedWriter.send(response, new FeedWriter.Channel(site.name() + " – Văn bản", urls.path("/van-ban"),
                urls.path("/rss-van-ban"), "Văn bản pháp luật, chỉ đạo điều hành mới ban hành – " + site.name()),
                entries, Instant.now());
    }
}
