package vn.ttdt.portal.legaldocs.application;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A unit's request to post a document: what it knows of the document and/or an uploaded file ({@code fileId}, a
 * media id); at least the number or the summary, or the file. {@code unitId} may be left out: a unit reporter
 * always asks for their own unit.
 */
public record PostingRequestDraft(
        Long unitId,
        @Size(max = 60, message = "{legalDocument.number.size}") String number,
        @Size(max = 200, message = "{postingRequest.typeName.size}") String typeName,
        @Size(max = 200, message = "{legalDocument.issuer.size}") String issuer,
        LocalDate issuedOn,
        @Size(max = 2000, message = "{legalDocument.summary.size}") String summary,
        Long fileId,
        @Size(max = 2000, message = "{postingRequest.note.size}") String note) {
}
