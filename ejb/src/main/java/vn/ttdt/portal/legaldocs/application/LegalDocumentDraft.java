package vn.ttdt.portal.legaldocs.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A legal document as the board enters it: type, field and level by their term ids, the linked documents and
 * attached files (uploaded media) by id; {@code version} is the one read before editing (null when creating).
 */
public record LegalDocumentDraft(
        @NotNull(message = "{legalDocument.type.required}") Long typeId,
        Long fieldId,
        @NotNull(message = "{legalDocument.level.required}") Long levelId,
        @NotBlank(message = "{legalDocument.number.required}") @Size(max = 60, message = "{legalDocument.number.size}") String number,
        @NotBlank(message = "{legalDocument.issuer.required}") @Size(max = 200, message = "{legalDocument.issuer.size}") String issuer,
        @NotBlank(message = "{legalDocument.signer.required}") @Size(max = 120, message = "{legalDocument.signer.size}") String signer,
        @NotNull(message = "{legalDocument.issuedOn.required}") LocalDate issuedOn,
        @NotNull(message = "{legalDocument.effectiveOn.required}") LocalDate effectiveOn,
        LocalDate expiresOn,
        @NotBlank(message = "{legalDocument.summary.required}") @Size(max = 2000, message = "{legalDocument.summary.size}") String summary,
        Long replacedById,
        List<Long> amendedByIds,
        List<Long> relatedIds,
        List<Long> fileIds,
        Long version) {

    public List<Long> amendedByIds() {
        return amendedByIds == null ? List.of() : amendedByIds;
    }

    public List<Long> relatedIds() {
        return relatedIds == null ? List.of() : relatedIds;
    }

    public List<Long> fileIds() {
        return fileIds == null ? List.of() : fileIds;
    }
}
