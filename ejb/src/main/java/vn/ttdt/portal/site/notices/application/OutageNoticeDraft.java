package vn.ttdt.portal.site.notices.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the IT administrator enters for a planned outage (the English reason optional); {@code version} as they saw it (null: new). */
public record OutageNoticeDraft(
        @NotNull(message = "{outageNotice.start.required}") Instant startsAt,
        @NotNull(message = "{outageNotice.end.required}") Instant endsAt,
        @NotBlank(message = "{outageNotice.reason.required}") @Size(max = 500, message = "{outageNotice.reason.size}") String reason,
        @Size(max = 500, message = "{outageNotice.reasonEn.size}") String reasonEn,
        Long version) {
}
