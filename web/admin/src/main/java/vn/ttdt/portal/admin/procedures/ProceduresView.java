package vn.ttdt.portal.admin.procedures;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.procedures.application.ProcedureService;
import vn.ttdt.portal.procedures.application.ProcedureView;
import vn.ttdt.portal.procedures.domain.OnlineLevel;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;
import vn.ttdt.portal.procedures.domain.ProcedureFilter;
import vn.ttdt.portal.procedures.domain.SubmissionChannel;
import vn.ttdt.portal.procedures.domain.Violation;
import vn.ttdt.portal.shared.application.DomainTexts;

/**
 * The procedure catalogue screen: find (with or without diacritics), sort and page procedures; add and edit them in a
 * dialog that lists every broken rule at once; offer forms and sample dossiers; withdraw and reinstate.
 */
@Named("procedures")
@ViewScoped
public class ProceduresView implements Serializable {

    @Inject
    private ProcedureService service;

    @Inject
    private Feedback feedback;

    private String words;
    private String field;
    private String level;
    private boolean withWithdrawn;
    private PagedModel<ProcedureView> model;
    private ProcedureForm form = new ProcedureForm();
    private ProcedureView editing;
    private String fileLabel;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> service.search(new ProcedureFilter(words, blank(field), blank(level), null, withWithdrawn), page),
                ProcedureView::id);
    }

    public void startNew() {
        form = new ProcedureForm();
        editing = null;
    }

    public void edit(ProcedureView procedure) {
        editing = service.get(procedure.id());
        form = ProcedureForm.of(editing);
    }

    public void save() {
        ProcedureForm current = form;
        ProcedureDescription description = current.toDescription();
        List<Violation> violations = description.violations();
        if (!violations.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Violation v : violations) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, feedback.ui("procedures." + v.field()) + ": "
                        + DomainTexts.text(v.messageKey(), v.arguments().toArray()), null));
            }
            faces.validationFailed();
            return;
        }
        ProcedureView saved = feedback.attempt(() -> current.isNew() ? service.create(description)
                : service.update(current.getId(), current.getVersion(), description), "procedures.saved");
        if (saved != null) {
            editing = saved;
            form = ProcedureForm.of(saved);
        }
    }

    public void uploadFile(FileUploadEvent event) {
        if (editing == null) {
            feedback.reject("procedure.file.label");
            return;
        }
        long id = editing.id();
        String label = fileLabel == null || fileLabel.isBlank() ? event.getFile().getFileName() : fileLabel;
        ProcedureView saved = feedback.attempt(() -> service.addFile(id, event.getFile().getFileName(),
                event.getFile().getContent(), label), "procedures.fileAdded");
        if (saved != null) {
            editing = saved;
            form = ProcedureForm.of(saved);
            fileLabel = null;
        }
    }

    public void removeFile(int position) {
        long id = editing.id();
        ProcedureView saved = feedback.attempt(() -> service.removeFile(id, position), null);
        if (saved != null) {
            editing = saved;
            form = ProcedureForm.of(saved);
        }
    }

    public void withdraw(ProcedureView procedure) {
        feedback.attempt(() -> service.withdraw(procedure.id()), "procedures.withdrawn");
    }

    public void reinstate(ProcedureView procedure) {
        feedback.attempt(() -> service.reinstate(procedure.id()), "procedures.reinstated");
    }

    public void close() {
        PrimeFaces.current().executeScript("PF('procedureDialog').hide()");
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public long getDocumentLimit() { return MediaService.limits().documentBytes(); }
    public SubmissionChannel[] getChannels() { return SubmissionChannel.values(); }
    public OnlineLevel[] getOnlineLevels() { return OnlineLevel.values(); }
    public String getWords() { return words; }
    public void setWords(String words) { this.words = words; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public boolean isWithWithdrawn() { return withWithdrawn; }
    public void setWithWithdrawn(boolean withWithdrawn) { this.withWithdrawn = withWithdrawn; }
    public PagedModel<ProcedureView> getModel() { return model; }
    public ProcedureForm getForm() { return form; }
    public ProcedureView getEditing() { return editing; }
    public String getFileLabel() { return fileLabel; }
    public void setFileLabel(String fileLabel) { this.fileLabel = fileLabel; }
}
