package vn.ttdt.portal.legaldocs.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import vn.ttdt.portal.legaldocs.domain.PostingRequest;
import vn.ttdt.portal.legaldocs.domain.RequestedDocument;
import vn.ttdt.portal.shared.application.DomainTexts;

/** A posting request as the board's inbox and the unit's list show it; {@code ageDays} counts whole days since received. */
public record PostingRequestView(long id, long unitId, String unit, String submittedBy, Instant receivedAt, String number,
                                 String typeName, String issuer, LocalDate issuedOn, String summary, String note,
                                 DocumentFile file, String state, String stateLabel, String decidedBy, Instant postedAt,
                                 Instant declinedAt, String declineReason, DocumentLink document, long ageDays,
                                 long version) implements Serializable {

    static PostingRequestView of(PostingRequest r, Instant now) {
        RequestedDocument d = r.getDetails();
        return new PostingRequestView(r.getId(), r.getUnit().getId(), r.getUnit().getName(), r.getSubmittedBy(),
                r.getReceivedAt(), d.number(), d.typeName(), d.issuer(), d.issuedOn(), d.summary(), r.getNote(),
                DocumentFile.of(r.getFile()), r.getState().name(), DomainTexts.text(r.getState().labelKey()),
                r.getDecidedBy(), r.getPostedAt(), r.getDeclinedAt(), r.getDeclineReason(), DocumentLink.of(r.getDocument()),
                Math.max(0, Duration.between(r.getReceivedAt(), now).toDays()), r.getVersion());
    }
}
