package vn.ttdt.portal.contributors.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ttdt.portal.contributors.domain.ContributorDetails;

/** What the board enters for a contributor; {@code unitId} null for somebody outside the units, {@code version} null when new. */
public record ContributorDraft(
        @NotBlank(message = "{contributor.fullName.required}") @Size(max = 120, message = "{contributor.fullName.size}") String fullName,
        @Size(max = 120, message = "{contributor.penName.size}") String penName,
        Long unitId,
        @Size(max = 160, message = "{contributor.occupation.size}") String occupation,
        @Pattern(regexp = "^$|^[0-9+() .-]{6,40}$", message = "{contact.phone.pattern}") String phone,
        @Email(message = "{contact.email.pattern}") @Size(max = 120, message = "{contact.email.size}") String email,
        @Size(max = 255, message = "{contact.address.size}") String address,
        @Size(max = 500, message = "{contributor.note.size}") String note,
        Long version) {

    ContributorDetails details() {
        return new ContributorDetails(fullName, penName, occupation, phone, email, address, note);
    }
}
