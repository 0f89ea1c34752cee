package vn.ttdt.portal.content.application;

import java.io.Serializable;
import vn.ttdt.portal.content.domain.Category;

/**
 * A category in the maintenance tree: hidden ones included, with its depth (0 at the top) and version;
 * {@code visible}: not hidden itself, {@code shown}: citizens see it (no category above it is hidden either).
 */
public record CategoryNode(long id, String name, String slug, String description, Long parentId, int sortOrder,
                           boolean visible, boolean shown, int depth, long version) implements Serializable {

    static CategoryNode of(Category category, int depth) {
        return new CategoryNode(category.getId(), category.getName(), category.getSlug(), category.getDescription(),
                category.getParent() == null ? null : category.getParent().getId(), category.getSortOrder(),
                category.isVisible(), category.isShownPublicly(), depth, category.getVersion());
    }
}
