package vn.ttdt.portal.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a clerk enters to create or change a unit; {@code version} is the one the clerk saw (null: not checked). */
public record UnitDraft(
        @NotBlank(message = "{unit.name.required}") @Size(max = 255, message = "{unit.name.size}") String name,
        @NotBlank(message = "{unit.shortName.required}") @Size(max = 60, message = "{unit.shortName.size}") String shortName,
        @NotNull(message = "{unit.group.required}") Long groupId,
        @Size(max = 120, message = "{contact.person.size}") String contactPerson,
        @Pattern(regexp = "^$|^[0-9+() .-]{6,40}$", message = "{contact.phone.pattern}") String phone,
        @Email(message = "{contact.email.pattern}") @Size(max = 120, message = "{contact.email.size}") String email,
        @Size(max = 255, message = "{contact.address.size}") String address,
        Long version) {
}
