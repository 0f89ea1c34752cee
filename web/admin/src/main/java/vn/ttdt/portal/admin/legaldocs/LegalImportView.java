package vn.ttdt.portal.admin.legaldocs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.admin.faces.JsonImportView;
import vn.ttdt.portal.legaldocs.application.LegalDocumentBatch;
import vn.ttdt.portal.legaldocs.application.LegalDocumentImport;

/** Uploading a JSON batch of the old portal's legal documents and posting requests; shows what was added or every problem. */
@Named("legalImporter")
@ViewScoped
public class LegalImportView extends JsonImportView<LegalDocumentBatch, LegalDocumentImport.Result> {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    private LegalDocumentImport legalImport;

    @Override
    protected Class<LegalDocumentBatch> batchType() {
        return LegalDocumentBatch.class;
    }

    @Override
    protected long maxBytes() {
        return MAX_BYTES;
    }

    @Override
    protected String notJsonKey() {
        return "import.notJson";
    }

    @Override
    protected LegalDocumentImport.Result run(LegalDocumentBatch batch) {
        return legalImport.importBatch(batch);
    }
}
