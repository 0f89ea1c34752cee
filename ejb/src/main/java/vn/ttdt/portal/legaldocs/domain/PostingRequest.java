package vn.ttdt.portal.legaldocs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A unit's request to post a legal document on the portal (đề nghị đăng tải): the requesting unit, when the board
 * received it, the document's details and/or its file. The board (the culture and information office) either posts
 * it, which creates the {@link LegalDocument} and links it here, or declines it with a reason. A decided request is
 * not decided again. The received, posted and declined instants are kept, because the office must post every
 * request received in a quarter by the quarter's last day (quota rule 5).
 */
@Entity
@Table(name = "posting_request")
public class PostingRequest extends SiteOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String number;

    @Column(name = "type_name")
    private String typeName;

    private String issuer;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String summary;

    private String note;

    @ManyToOne
    @JoinColumn(name = "media_id")
    private Media file;

    @Enumerated(EnumType.STRING)
    private PostingState state = PostingState.OPEN;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @ManyToOne
    @JoinColumn(name = "document_id")
    private LegalDocument document;

    @Version
    private long version;

    protected PostingRequest() {
    }

    /** A request of {@code unit} received at {@code receivedAt}; it must name the document or attach its file. */
    public PostingRequest(Unit unit, String submittedBy, Instant receivedAt, RequestedDocument details, Media file, String note) {
        super(unit.getSite());
        if ((details == null || details.isEmpty()) && file == null) {
            throw new BusinessRuleException("postingRequest.empty", "neither details nor file");
        }
        if (file != null && !file.belongsTo(unit.getSite())) {
            throw new BusinessRuleException("legalDocument.file.unknown", "media of another site");
        }
        this.unit = unit;
        this.submittedBy = submittedBy;
        this.receivedAt = receivedAt;
        if (details != null) {
            this.number = trimmed(details.number());
            this.typeName = trimmed(details.typeName());
            this.issuer = trimmed(details.issuer());
            this.issuedOn = details.issuedOn();
            this.summary = trimmed(details.summary());
        }
        this.file = file;
        this.note = trimmed(note);
    }

    /** Posts the request as {@code posted}, a document of the same site. */
    public void post(LegalDocument posted, String by, Instant now) {
        requireOpen();
        if (!posted.belongsTo(getSite())) {
            throw new BusinessRuleException("legalDocument.link.unknown", "document of another site");
        }
        this.state = PostingState.POSTED;
        this.document = posted;
        this.decidedBy = by;
        this.postedAt = now;
    }

    public void decline(String reason, String by, Instant now) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("postingRequest.reasonRequired", "decline without reason");
        }
        this.state = PostingState.DECLINED;
        this.declineReason = reason.strip();
        this.decidedBy = by;
        this.declinedAt = now;
    }

    /** True when the request was posted before {@code deadline} (an instant: the first one after the quarter). */
    public boolean postedBefore(Instant deadline) {
        return state == PostingState.POSTED && postedAt.isBefore(deadline);
    }

    private void requireOpen() {
        if (state != PostingState.OPEN) {
            throw new BusinessRuleException("postingRequest.decided", "request " + getId() + " is " + state);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Unit getUnit() { return unit; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getReceivedAt() { return receivedAt; }
    public RequestedDocument getDetails() { return new RequestedDocument(number, typeName, issuer, issuedOn, summary); }
    public String getNote() { return note; }
    public Media getFile() { return file; }
    public PostingState getState() { return state; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getPostedAt() { return postedAt; }
    public Instant getDeclinedAt() { return declinedAt; }
    public String getDeclineReason() { return declineReason; }
    public LegalDocument getDocument() { return document; }
    public long getVersion() { return version; }
}
