package vn.ttdt.portal.admin.legaldocs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.ttdt.portal.admin.content.ImportView;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.legaldocs.application.LegalDocumentBatch;
import vn.ttdt.portal.legaldocs.application.LegalDocumentImport;

/** Uploading a JSON batch of the old portal's legal documents and posting requests; shows what was added or every problem. */
@Named("legalImporter")
@ViewScoped
public class LegalImportView implements Serializable {

    @Inject
    private LegalDocumentImport legalImport;

    @Inject
    private Feedback feedback;

    private transient UploadedFile file;
    private LegalDocumentImport.Result result;
    private List<ImportRejected.Problem> problems = List.of();

    public void upload() {
        result = null;
        problems = List.of();
        LegalDocumentBatch batch = ImportView.batch(file, LegalDocumentBatch.class, feedback);
        if (batch == null) {
            return;
        }
        try {
            result = legalImport.importBatch(batch);
        } catch (ImportRejected rejected) {
            problems = rejected.problems();
            feedback.reject("import.rejected");
        }
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public LegalDocumentImport.Result getResult() { return result; }
    public List<ImportRejected.Problem> getProblems() { return problems; }
}
