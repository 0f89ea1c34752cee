package vn.ttdt.portal.admin.procedures;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.procedures.application.OneStopImport;
import vn.ttdt.portal.procedures.application.OneStopRejected;
import vn.ttdt.portal.procedures.domain.OneStopCsv;

/** Uploading a month of one-stop results (CSV); shows what was imported, or every problem by line number. */
@Named("oneStopImport")
@ViewScoped
public class OneStopImportView implements Serializable {

    @Inject
    private OneStopImport oneStop;

    @Inject
    private Feedback feedback;

    private String period;
    private transient Part file;
    private OneStopImport.Result result;
    private List<ImportRejected.Problem> problems = List.of();

    public void upload() {
        result = null;
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            feedback.reject("oneStop.csv.empty");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(OneStopCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            feedback.reject("oneStop.csv.empty");
            return;
        }
        try {
            result = oneStop.importCsv(period, bytes);
        } catch (OneStopRejected rejected) {
            problems = rejected.problems();
            feedback.reject("oneStop.rejected");
        }
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public OneStopImport.Result getResult() { return result; }
    public List<ImportRejected.Problem> getProblems() { return problems; }
    public String getHeader() { return String.join(",", OneStopCsv.HEADER); }
}
