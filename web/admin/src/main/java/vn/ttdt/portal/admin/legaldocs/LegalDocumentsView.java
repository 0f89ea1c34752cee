package vn.ttdt.portal.admin.legaldocs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.legaldocs.application.LegalDocumentService;
import vn.ttdt.portal.legaldocs.application.LegalDocumentView;
import vn.ttdt.portal.legaldocs.application.PostingRequestService;
import vn.ttdt.portal.legaldocs.application.PostingRequestView;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.application.TermView;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.legaldocs.domain.TermKind;

/**
 * The board's legal documents screen: find by words or number, filter by type, status and year, sort by issue date or
 * number, page; create or edit a document in a dialog with its files uploaded through the usual upload checks; and
 * the open posting requests with their age, each posted (the same dialog, filled from the request) or declined.
 */
@Named("legalDocs")
@ViewScoped
public class LegalDocumentsView implements Serializable {

    @Inject
    private LegalDocumentService documents;

    @Inject
    private PostingRequestService requests;

    @Inject
    private PublicLegalDocuments catalogue;

    @Inject
    private MediaService media;

    @Inject
    private Feedback feedback;

    private String text;
    private Long typeId;
    private LegalStatus status;
    private Integer year;
    private List<TermView> types;
    private List<TermView> fields;
    private List<TermView> levels;
    private PagedModel<LegalDocumentView> model;
    private PagedModel<PostingRequestView> openRequests;
    private LegalDocumentForm form = LegalDocumentForm.blank();
    private Long postingRequestId;
    private Long decliningId;
    private String declineReason;

    @PostConstruct
    void init() {
        types = catalogue.terms(TermKind.TYPE);
        fields = catalogue.terms(TermKind.FIELD);
        levels = catalogue.terms(TermKind.LEVEL);
        model = new PagedModel<>(page -> documents.search(
                new LegalDocumentFilter(text, typeId, null, null, null, year, status, null), page), LegalDocumentView::id);
        openRequests = new PagedModel<>(page -> requests.open(page), PostingRequestView::id);
    }

    public void startNew() {
        form = LegalDocumentForm.blank();
        postingRequestId = null;
    }

    public void edit(LegalDocumentView document) {
        form = LegalDocumentForm.of(documents.get(document.id()));
        postingRequestId = null;
    }

    /** Opens the dialog with the request's details, so that posting creates the document and closes the request. */
    public void startPosting(PostingRequestView request) {
        form = LegalDocumentForm.of(request);
        types.stream().filter(t -> t.name().equalsIgnoreCase(request.typeName())).findFirst()
                .ifPresent(t -> form.setTypeId(t.id()));
        postingRequestId = request.id();
    }

    public void startDeclining(PostingRequestView request) {
        decliningId = request.id();
        declineReason = null;
    }

    public void save() {
        LegalDocumentForm current = form;
        Object saved;
        if (postingRequestId != null) {
            long id = postingRequestId;
            saved = feedback.attempt(() -> requests.post(id, current.toDraft()), "legalDocs.posted");
        } else if (current.isNew()) {
            saved = feedback.attempt(() -> documents.create(current.toDraft()), "legalDocs.created");
        } else {
            saved = feedback.attempt(() -> documents.update(current.getId(), current.toDraft()), "legalDocs.updated");
        }
        if (saved != null) {
            PrimeFaces.current().executeScript("PF('documentDialog').hide()");
        }
    }

    public void decline() {
        long id = decliningId;
        String reason = declineReason;
        if (feedback.attempt(() -> requests.decline(id, reason), "legalDocs.declined") != null) {
            PrimeFaces.current().executeScript("PF('declineDialog').hide()");
        }
    }

    public void upload(FileUploadEvent event) {
        FileRow file = FileRow.uploaded(event, media, feedback);
        if (file != null) {
            form.attach(file);
        }
    }

    public void detach(FileRow file) {
        form.detach(file);
    }

    public long getDocumentLimit() {
        return MediaService.limits().documentBytes();
    }

    public List<LegalStatus> getStatuses() {
        return Arrays.asList(LegalStatus.values());
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public LegalStatus getStatus() { return status; }
    public void setStatus(LegalStatus status) { this.status = status; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public List<TermView> getTypes() { return types; }
    public List<TermView> getFields() { return fields; }
    public List<TermView> getLevels() { return levels; }
    public PagedModel<LegalDocumentView> getModel() { return model; }
    public PagedModel<PostingRequestView> getOpenRequests() { return openRequests; }
    public LegalDocumentForm getForm() { return form; }
    public boolean isPosting() { return postingRequestId != null; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
}
