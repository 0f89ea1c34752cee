package vn.ttdt.portal.site.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import vn.ttdt.portal.legaldocs.application.LegalDocumentView;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** The legal documents database: the same filters as {@code /van-ban}, paged like {@code /items}. */
@Path("/legal-documents")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class LegalDocumentsResource {

    /** The answer of {@code GET /legal-documents}. */
    public record DocumentPage(List<LegalDocumentView> items, long total) {
    }

    @Inject
    private PublicLegalDocuments documents;

    @GET
    public DocumentPage list(@QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("q") String q,
                             @QueryParam("type") String type, @QueryParam("field") String field,
                             @QueryParam("level") String level, @QueryParam("issuer") String issuer,
                             @QueryParam("year") String year, @QueryParam("status") String status,
                             @QueryParam("number") String number, @QueryParam("sort") String sort) {
        int pageNumber = Parameters.integer("page", page, 0, 0, 100_000);
        int pageSize = Parameters.integer("size", size, 20, 1, 100);
        LegalDocumentFilter filter = new LegalDocumentFilter(Parameters.text("q", q, 200), Parameters.id("type", type),
                Parameters.id("field", field), Parameters.id("level", level), Parameters.text("issuer", issuer, 200),
                year == null || year.isBlank() ? null : Parameters.integer("year", year, 0, 1945, 2200),
                status(status), Parameters.text("number", number, 60));
        boolean oldestFirst = "issuedOn".equals(sort);
        if (sort != null && !sort.isBlank() && !oldestFirst && !"-issuedOn".equals(sort)) {
            throw new BadParameter("sort", "sort phải là issuedOn hoặc -issuedOn");
        }
        Page<LegalDocumentView> result = documents.search(filter,
                new PageRequest(pageNumber * pageSize, pageSize, "issuedOn", oldestFirst));
        return new DocumentPage(result.items(), result.total());
    }

    @GET
    @Path("/{slug}")
    public LegalDocumentView document(@PathParam("slug") String slug) {
        return documents.bySlug(slug).orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản " + slug));
    }

    private static LegalStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return LegalStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameter("status", "status phải là một trong " + Arrays.toString(LegalStatus.values()));
        }
    }
}
