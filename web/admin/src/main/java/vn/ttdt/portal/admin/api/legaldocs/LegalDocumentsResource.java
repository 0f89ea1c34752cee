package vn.ttdt.portal.admin.api.legaldocs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import vn.ttdt.portal.admin.api.Paging;
import vn.ttdt.portal.legaldocs.application.LegalDocumentDraft;
import vn.ttdt.portal.legaldocs.application.LegalDocumentService;
import vn.ttdt.portal.legaldocs.application.LegalDocumentView;
import vn.ttdt.portal.legaldocs.application.LegalTermDraft;
import vn.ttdt.portal.legaldocs.application.LegalTermService;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.application.TermView;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.shared.domain.Page;

/** Legal documents: kept by the editorial board (editors and approvers, among them the culture and information office). */
@Path("/legal-documents")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "approver"})
public class LegalDocumentsResource {

    @Inject
    private LegalDocumentService documents;

    @Inject
    private PublicLegalDocuments published;

    @Inject
    private LegalTermService terms;

    @GET
    public Page<LegalDocumentView> list(@QueryParam("q") String text, @QueryParam("type") Long typeId,
                                        @QueryParam("field") Long fieldId, @QueryParam("level") Long levelId,
                                        @QueryParam("issuer") String issuer, @QueryParam("year") Integer year,
                                        @QueryParam("status") String status, @QueryParam("number") String number,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("20") int size,
                                        @QueryParam("sort") String sort) {
        return documents.search(new LegalDocumentFilter(text, typeId, fieldId, levelId, issuer, year, status(status), number),
                Paging.of(page, size, sort));
    }

    /** The types, fields or levels to choose from ({@code kind} TYPE, FIELD or LEVEL); unit reporters name a type too. */
    @GET
    @Path("/terms")
    @RolesAllowed({"editor", "approver", "unit-reporter"})
    public List<TermView> terms(@QueryParam("kind") @DefaultValue("TYPE") String kind) {
        return published.terms(parse(TermKind.class, kind, "kind"));
    }

    /** Adds a type, field or level; its code is made from the name. */
    @POST
    @Path("/terms")
    public Response createTerm(@NotNull LegalTermDraft draft) {
        TermView created = terms.create(draft);
        return Response.created(URI.create("legal-documents/terms/" + created.id())).entity(created).build();
    }

    /** Renames a term or moves it in the lists; its kind and code stay. */
    @PUT
    @Path("/terms/{id}")
    public TermView updateTerm(@PathParam("id") long id, @NotNull LegalTermDraft draft) {
        return terms.update(id, draft);
    }

    @GET
    @Path("/{id}")
    public LegalDocumentView get(@PathParam("id") long id) {
        return documents.get(id);
    }

    @POST
    public Response create(LegalDocumentDraft draft) {
        LegalDocumentView created = documents.create(draft);
        return Response.created(URI.create("legal-documents/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public LegalDocumentView update(@PathParam("id") long id, LegalDocumentDraft draft) {
        return documents.update(id, draft);
    }

    static LegalStatus status(String status) {
        return status == null || status.isBlank() ? null : parse(LegalStatus.class, status, "status");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + " phải là một trong " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
