package vn.ttdt.portal.organisation.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The last day a supervisor follows a group. */
public record SupervisionEnd(@NotNull(message = "{unitGroup.supervisor.validTo.required}") LocalDate validTo) {
}
