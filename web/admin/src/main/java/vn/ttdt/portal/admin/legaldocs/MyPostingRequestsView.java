package vn.ttdt.portal.admin.legaldocs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.legaldocs.application.PostingRequestDraft;
import vn.ttdt.portal.legaldocs.application.PostingRequestService;
import vn.ttdt.portal.legaldocs.application.PostingRequestView;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.application.TermView;
import vn.ttdt.portal.legaldocs.domain.TermKind;

/** A unit reporter's screen: send a posting request for their unit (details and/or the file) and follow the unit's requests. */
@Named("myRequests")
@ViewScoped
public class MyPostingRequestsView implements Serializable {

    @Inject
    private PostingRequestService requests;

    @Inject
    private PublicLegalDocuments catalogue;

    @Inject
    private MediaService media;

    @Inject
    private Feedback feedback;

    private PagedModel<PostingRequestView> model;
    private List<TermView> types;
    private String number;
    private String typeName;
    private String issuer;
    private LocalDate issuedOn;
    private String summary;
    private String note;
    private FileRow file;

    @PostConstruct
    void init() {
        types = catalogue.terms(TermKind.TYPE);
        model = new PagedModel<>(page -> requests.ofMyUnit(page), PostingRequestView::id);
    }

    public void submit() {
        PostingRequestDraft draft = new PostingRequestDraft(null, number, typeName, issuer, issuedOn, summary,
                file == null ? null : file.id(), note);
        if (feedback.attempt(() -> requests.submit(draft), "myRequests.submitted") != null) {
            number = null;
            typeName = null;
            issuer = null;
            issuedOn = null;
            summary = null;
            note = null;
            file = null;
        }
    }

    public void upload(FileUploadEvent event) {
        FileRow uploaded = FileRow.uploaded(event, media, feedback);
        if (uploaded != null) {
            file = uploaded;
        }
    }

    public long getDocumentLimit() {
        return MediaService.limits().documentBytes();
    }

    public PagedModel<PostingRequestView> getModel() { return model; }
    public List<TermView> getTypes() { return types; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTypeName() { return typeName; }
    public void setTypeName(String typeName) { this.typeName = typeName; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public FileRow getFile() { return file; }
}
