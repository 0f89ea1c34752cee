package vn.ttdt.portal.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.admin.faces.JsonImportView;
import vn.ttdt.portal.content.application.ContentImport;
import vn.ttdt.portal.content.application.ImportBatch;

/** Uploading a JSON batch from the old portal; shows what was added, or every problem by record number. */
@Named("importer")
@ViewScoped
public class ImportView extends JsonImportView<ImportBatch, ContentImport.Result> {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    private ContentImport contentImport;

    @Override
    protected Class<ImportBatch> batchType() {
        return ImportBatch.class;
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
    protected ContentImport.Result run(ImportBatch batch) {
        return contentImport.importBatch(batch);
    }
}
