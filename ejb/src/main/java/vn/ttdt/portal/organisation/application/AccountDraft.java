package vn.ttdt.portal.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Role;

/** What the IT administrator enters to create or change an account; {@code version} as in {@link UnitDraft}. */
public record AccountDraft(
        @NotBlank(message = "{account.login.required}")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,59}$", message = "{account.login.pattern}") String login,
        @NotBlank(message = "{account.fullName.required}") @Size(max = 120, message = "{account.fullName.size}") String fullName,
        @NotBlank(message = "{account.email.required}") @Email(message = "{contact.email.pattern}")
        @Size(max = 120, message = "{contact.email.size}") String email,
        @Pattern(regexp = "^$|^[0-9+() .-]{6,40}$", message = "{contact.phone.pattern}") String phone,
        Long unitId,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
        Long version) {
}
