package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ttdt.portal.content.application.ContentImport;
import vn.ttdt.portal.content.application.ImportBatch;
import vn.ttdt.portal.legaldocs.application.LegalDocumentBatch;
import vn.ttdt.portal.legaldocs.application.LegalDocumentImport;

/**
 * {@code POST /admin/api/v1/import/items} and {@code /import/legal-documents}: a batch from the old portal, all or nothing; a bad
 * record answers 400 listing each problem with its record number.
 */
@Path("/import")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"approver", "it-admin"})
public class ImportResource {

    @Inject
    private ContentImport contentImport;

    @Inject
    private LegalDocumentImport legalDocumentImport;

    @POST
    @Path("/items")
    public ContentImport.Result importItems(@NotNull ImportBatch batch) {
        return contentImport.importBatch(batch);
    }

    @POST
    @Path("/legal-documents")
    public LegalDocumentImport.Result importLegalDocuments(@NotNull LegalDocumentBatch batch) {
        return legalDocumentImport.importBatch(batch);
    }
}
