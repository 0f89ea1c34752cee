package vn.ttdt.portal.admin.faces;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.ttdt.portal.content.application.ImportRejected;

/**
 * An import page (the browser's own file field, {@code h:inputFile}: PrimeFaces' simple upload hides its focusable
 * input from screen readers): a JSON file of the documented shape {@code B} handed to an all-or-nothing import; shows what was
 * imported ({@code R}), or every problem by record number.
 */
public abstract class JsonImportView<B, R> implements Serializable {

    @Inject
    private Feedback feedback;

    private transient Part file;
    private R result;
    private List<ImportRejected.Problem> problems = List.of();

    /** The shape of the file. */
    protected abstract Class<B> batchType();

    /** The largest file accepted. */
    protected abstract long maxBytes();

    /** The domain text refusing a file that is not JSON of the shape. */
    protected abstract String notJsonKey();

    /** Imports the batch; throws {@link ImportRejected} for a bad one. */
    protected abstract R run(B batch);

    public void upload() {
        result = null;
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            feedback.reject("import.fileRequired");
            return;
        }
        if (file.getSize() > maxBytes()) {
            feedback.reject("import.tooLarge");
            return;
        }
        try {
            B batch = read(file);
            if (batch == null) {
                feedback.reject(notJsonKey());
                return;
            }
            result = run(batch);
        } catch (ImportRejected rejected) {
            problems = rejected.problems();
            feedback.reject("import.rejected");
        }
    }

    /** The batch the file holds, null when it is not of the documented shape; may refuse it with {@link ImportRejected}. */
    protected B read(Part file) {
        return read(file, batchType());
    }

    /** The file's JSON object as {@code type}, or null when the file is not a JSON object of that shape. */
    static <T> T read(Part file, Class<T> type) {
        try (InputStream in = file.getInputStream(); Jsonb jsonb = JsonbBuilder.create()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.startsWith("{") ? jsonb.fromJson(text, type) : null;
        } catch (Exception e) {
            return null;
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public R getResult() { return result; }
    public List<ImportRejected.Problem> getProblems() { return problems; }
}
