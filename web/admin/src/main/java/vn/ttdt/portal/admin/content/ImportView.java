package vn.ttdt.portal.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.application.ContentImport;
import vn.ttdt.portal.content.application.ImportBatch;
import vn.ttdt.portal.content.application.ImportRejected;

/** Uploading a JSON batch from the old portal; shows what was added, or every problem by record number. */
@Named("importer")
@ViewScoped
public class ImportView implements Serializable {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    private ContentImport contentImport;

    @Inject
    private Feedback feedback;

    private transient Part file;
    private ContentImport.Result result;
    private List<ImportRejected.Problem> problems = List.of();

    public void upload() {
        result = null;
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            feedback.reject("import.fileRequired");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            feedback.reject("import.tooLarge");
            return;
        }
        ImportBatch batch = read(file);
        if (batch == null) {
            feedback.reject("import.notJson");
            return;
        }
        try {
            result = contentImport.importBatch(batch);
        } catch (ImportRejected rejected) {
            problems = rejected.problems();
            feedback.reject("import.rejected");
        }
    }

    /** The batch, or null when the file is not a JSON object of the documented shape. */
    static ImportBatch read(Part file) {
        try (InputStream in = file.getInputStream(); Jsonb jsonb = JsonbBuilder.create()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!text.startsWith("{")) {
                return null;
            }
            return jsonb.fromJson(text, ImportBatch.class);
        } catch (IOException | JsonbException e) {
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public ContentImport.Result getResult() { return result; }
    public List<ImportRejected.Problem> getProblems() { return problems; }
}
