package vn.ttdt.portal.legaldocs.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ttdt.portal.legaldocs.domain.TermKind;

/**
 * A type, field or level as the board enters it: its kind (TYPE, FIELD or LEVEL; kept when renaming), the shown name and
 * its place in the lists (smaller first).
 */
public record LegalTermDraft(
        @NotNull(message = "{legalTerm.kind.required}") TermKind kind,
        @NotBlank(message = "{legalTerm.name.required}") @Size(max = 200, message = "{legalTerm.name.required}") String name,
        @Min(value = 0, message = "{legalTerm.sortOrder.range}") @Max(value = 9999, message = "{legalTerm.sortOrder.range}") int sortOrder) {
}
