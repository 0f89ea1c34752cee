package vn.ttdt.portal.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
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

    private transient UploadedFile file;
    private ContentImport.Result result;
    private List<ImportRejected.Problem> problems = List.of();

    public void upload() {
        result = null;
        problems = List.of();
        ImportBatch batch = batch(file, ImportBatch.class, feedback);
        if (batch == null) {
            return;
        }
        try {
            result = contentImport.importBatch(batch);
        } catch (ImportRejected rejected) {
            problems = rejected.problems();
            feedback.reject("import.rejected");
        }
    }

    /** The uploaded batch; null, with the reason shown, when there is no file, it is too large or not JSON of that shape. */
    public static <T> T batch(UploadedFile file, Class<T> type, Feedback feedback) {
        if (file == null || file.getSize() == 0) {
            feedback.reject("import.fileRequired");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            feedback.reject("import.tooLarge");
            return null;
        }
        T batch = read(file, type);
        if (batch == null) {
            feedback.reject("import.notJson");
        }
        return batch;
    }

    /** The batch, or null when the file is not a JSON object of the documented shape. */
    static <T> T read(UploadedFile file, Class<T> type) {
        try (InputStream in = file.getInputStream(); Jsonb jsonb = JsonbBuilder.create()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!text.startsWith("{")) {
                return null;
            }
            return jsonb.fromJson(text, type);
        } catch (IOException | JsonbException e) {
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public ContentImport.Result getResult() { return result; }
    public List<ImportRejected.Problem> getProblems() { return problems; }
}
