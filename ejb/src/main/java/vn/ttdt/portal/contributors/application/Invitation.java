package vn.ttdt.portal.contributors.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The account the IT administrator creates for a contributor: its login and first password (the password rules apply). */
public record Invitation(
        @NotBlank(message = "{account.login.required}")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,59}$", message = "{account.login.pattern}") String login,
        @NotBlank(message = "{contributor.invite.password.required}") String password) {
}
