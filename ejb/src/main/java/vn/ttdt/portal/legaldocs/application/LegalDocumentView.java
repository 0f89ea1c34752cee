package vn.ttdt.portal.legaldocs.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.shared.application.DomainTexts;

/** A legal document as screens, the admin API and the public API show it. */
public record LegalDocumentView(long id, String slug, String number, String type, long typeId, String field, Long fieldId,
                                String level, long levelId, String issuer, String signer, LocalDate issuedOn,
                                LocalDate effectiveOn, LocalDate expiresOn, String summary, String status,
                                String statusLabel, DocumentLink replacedBy, List<DocumentLink> amendedBy,
                                List<DocumentLink> related, List<DocumentFile> files, long version) implements Serializable {

    public static LegalDocumentView of(LegalDocument d) {
        return new LegalDocumentView(d.getId(), d.getSlug(), d.getNumber(), d.getType().getName(), d.getType().getId(),
                d.getField() == null ? null : d.getField().getName(), d.getField() == null ? null : d.getField().getId(),
                d.getLevel().getName(), d.getLevel().getId(), d.getIssuer(), d.getSigner(), d.getIssuedOn(),
                d.getEffectiveOn(), d.getExpiresOn(), d.getSummary(), d.getStatus().name(),
                DomainTexts.text(d.getStatus().labelKey()), DocumentLink.of(d.getReplacedBy()),
                d.getAmendedBy().stream().map(DocumentLink::of).toList(),
                d.getRelated().stream().map(DocumentLink::of).toList(),
                d.getFiles().stream().map(DocumentFile::of).toList(), d.getVersion());
    }

    /**
     * The document's id and version only (equal views have both equal): JSON-B hashes every object it writes to
     * guard against cycles, and hashing every field and list of twenty views made a fifth of a search's time.
     */
    @Override
    public int hashCode() {
        return 31 * Long.hashCode(id) + Long.hashCode(version);
    }
}
