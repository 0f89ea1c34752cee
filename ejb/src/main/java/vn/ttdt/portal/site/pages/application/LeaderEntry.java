package vn.ttdt.portal.site.pages.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.ttdt.portal.site.pages.domain.Leader;

/** A leader of a body, as entered and as shown; the photo is a media key (served at /media/{key}/{width}.jpg). */
public record LeaderEntry(
        @NotBlank(message = "{leader.name.required}") @Size(max = 120, message = "{leader.name.size}") String name,
        @NotBlank(message = "{leader.title.required}") @Size(max = 200, message = "{leader.title.size}") String title,
        @Size(max = 200, message = "{leader.title.size}") String titleEn,
        @Pattern(regexp = "^$|^[0-9a-f]{32}$", message = "{touristSite.photo.key}") String photoKey,
        @Pattern(regexp = "^$|^[0-9+() .-]{6,40}$", message = "{contact.phone.pattern}") String phone,
        @Email(message = "{contact.email.pattern}") @Size(max = 120, message = "{contact.email.size}") String email)
                implements Serializable {

    static LeaderEntry of(Leader leader) {
        return new LeaderEntry(leader.getName(), leader.getTitle(), leader.getTitleEn(), leader.getPhotoKey(),
                leader.getPhone(), leader.getEmail());
    }

    Leader toLeader() {
        return new Leader(name.strip(), title.strip(), titleEn, photoKey, phone, email);
    }
}
