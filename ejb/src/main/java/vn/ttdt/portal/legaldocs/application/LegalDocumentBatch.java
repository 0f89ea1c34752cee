package vn.ttdt.portal.legaldocs.application;

import java.util.List;

/**
 * A batch of the old portal's legal documents and posting requests (JSON). Days are ISO dates ("2022-06-24"), instants
 * ISO-8601 with their offset ("2023-02-07T08:00:00+07:00"); types, fields and levels are term codes ("nghi-dinh",
 * "trung-uong"); files are media uploaded beforehand (their ids); a document is named by its number and issuer.
 */
public record LegalDocumentBatch(List<DocumentRecord> documents, List<RequestRecord> postingRequests) {

    /** A document and, when it was replaced, the one that replaced it (in the batch or on the portal). */
    public record DocumentRecord(String sourceId, String type, String field, String level, String number, String issuer,
                                 String signer, String issuedOn, String effectiveOn, String expiresOn, String summary,
                                 String status, DocumentRef replacedBy, List<Long> fileIds) {
    }

    /** A posting request; {@code state} OPEN, POSTED (with {@code document} and {@code decidedAt}) or DECLINED (with a reason). */
    public record RequestRecord(String sourceId, String unit, String receivedAt, String number, String typeName, String issuer,
                                String issuedOn, String summary, String note, String state, String decidedAt,
                                String declineReason, DocumentRef document) {
    }

    /** A document by its number and issuing body. */
    public record DocumentRef(String number, String issuer) {
    }
}
