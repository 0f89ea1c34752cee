package vn.ttdt.portal.content.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A category as the editorial board enters it; an empty {@code slug} is made from the name;
 * {@code parentId} null puts it at the top; {@code version} is the one they saw (null: not checked).
 */
public record CategoryDraft(
        @NotBlank(message = "{category.name.required}") @Size(max = 200, message = "{category.name.size}") String name,
        @Size(max = 120, message = "{category.slug.size}") String slug,
        @Size(max = 500, message = "{category.description.size}") String description,
        Long parentId,
        boolean visible,
        Long version) {
}
