package vn.ttdt.portal.content.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.ttdt.portal.content.domain.ContentKind;
import vn.ttdt.portal.content.domain.Genre;

/**
 * What a writer or editor enters for a news item or article; {@code version} is the one they saw (null: not checked).
 * {@code tags} (keywords as typed) and {@code relatedIds} (published items to read next): null keeps what the item has.
 * The cover (null: none) and the photos (null: none) replace what the item had.
 */
public record ItemDraft(
        @NotNull(message = "{content.kind.required}") ContentKind kind,
        @NotNull(message = "{content.genre.required}") Genre genre,
        @NotBlank(message = "{content.title.required}") @Size(max = 300, message = "{content.title.size}") String title,
        @NotBlank(message = "{content.lead.required}") @Size(max = 1000, message = "{content.lead.size}") String lead,
        @NotBlank(message = "{content.body.required}") @Size(max = 1_000_000, message = "{content.body.size}") String body,
        @NotNull(message = "{content.category.required}") Long categoryId,
        @NotNull(message = "{content.sourceUnit.required}") Long sourceUnitId,
        @NotEmpty(message = "{content.authors.required}") List<@Valid AuthorDraft> authors,
        boolean featured,
        @Valid PhotoDraft cover,
        @Size(max = 30, message = "{content.photos.size}") List<@Valid PhotoDraft> photos,
        Long version,
        List<String> tags,
        List<Long> relatedIds) {
}
