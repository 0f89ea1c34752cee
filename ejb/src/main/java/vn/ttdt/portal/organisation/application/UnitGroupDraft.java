package vn.ttdt.portal.organisation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the board enters to create or rename a unit group; the code is kept once the group exists. */
public record UnitGroupDraft(
        @NotBlank(message = "{unitGroup.code.required}")
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "{unitGroup.code.pattern}") String code,
        @NotBlank(message = "{unitGroup.name.required}") @Size(max = 255, message = "{unitGroup.name.size}") String name,
        @NotBlank(message = "{unitGroup.supervisorTitle.required}")
        @Size(max = 255, message = "{unitGroup.supervisorTitle.size}") String supervisorTitle) {
}
