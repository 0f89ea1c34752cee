package vn.ttdt.portal.admin.procedures;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.admin.faces.JsonImportView;
import vn.ttdt.portal.procedures.application.ProcedureBatch;
import vn.ttdt.portal.procedures.application.ProcedureImport;

/** Uploading a procedure catalogue (JSON); shows what was added and changed, or every problem by record number. */
@Named("procedureImport")
@ViewScoped
public class ProcedureImportView extends JsonImportView<ProcedureBatch, ProcedureImport.Result> {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    private ProcedureImport procedureImport;

    @Override
    protected Class<ProcedureBatch> batchType() {
        return ProcedureBatch.class;
    }

    @Override
    protected long maxBytes() {
        return MAX_BYTES;
    }

    @Override
    protected String notJsonKey() {
        return "procedure.import.notJson";
    }

    @Override
    protected ProcedureImport.Result run(ProcedureBatch batch) {
        return procedureImport.importBatch(batch);
    }
}
