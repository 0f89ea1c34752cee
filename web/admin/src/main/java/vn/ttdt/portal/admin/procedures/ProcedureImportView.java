package vn.ttdt.portal.admin.procedures;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import vn.ttdt.portal.admin.faces.JsonImportView;
import vn.ttdt.portal.procedures.application.ProcedureBatch;
import vn.ttdt.portal.procedures.application.ProcedureImport;
import vn.ttdt.portal.procedures.application.ProcedureSpreadsheet;

/**
 * Uploading a procedure catalogue (JSON, or a spreadsheet of the province's layout named {@code .xlsx}); shows what was
 * added and changed, or every problem by record number.
 */
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
        return "procedure.import.notFile";
    }

    @Override
    protected ProcedureBatch read(Part file) {
        String name = file.getSubmittedFileName();
        if (name == null || !name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return super.read(file);
        }
        try (InputStream in = file.getInputStream()) {
            return ProcedureSpreadsheet.read(in.readAllBytes());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected ProcedureImport.Result run(ProcedureBatch batch) {
        return procedureImport.importBatch(batch);
    }
}
