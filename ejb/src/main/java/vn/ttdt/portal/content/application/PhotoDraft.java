package vn.ttdt.portal.content.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A photo as entered for an item: the uploaded image's id, its caption, and the photographer (name, and account if any). */
public record PhotoDraft(
        @NotNull(message = "{content.photo.media}") Long mediaId,
        @NotBlank(message = "{content.photo.caption}") @Size(max = 500, message = "{content.photo.caption}") String caption,
        @NotBlank(message = "{content.photo.photographer}") @Size(max = 120, message = "{content.photo.photographer}") String photographer,
        Long photographerAccountId) {
}
