package vn.ttdt.portal.organisation.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A quota supervisor put in charge of a group from {@code validFrom} to {@code validTo} (inclusive; empty: open-ended). */
public record SupervisionDraft(
        @NotNull(message = "{unitGroup.supervisor.required}") Long accountId,
        @NotNull(message = "{unitGroup.supervisor.validFrom.required}") LocalDate validFrom,
        LocalDate validTo) {

    @AssertTrue(message = "{unitGroup.supervisor.dates}")
    public boolean isEndingOnOrAfterItsStart() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }
}
