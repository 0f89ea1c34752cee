package vn.ttdt.portal.content.application;

import java.io.Serializable;
import vn.ttdt.portal.content.domain.Category;

/** A category as menus, forms and the API show it; {@code visible}: citizens see it (neither it nor a category above it is hidden). */
public record CategoryView(long id, String slug, String name, String description, Long parentId, int sortOrder,
                           boolean visible) implements Serializable {

    static CategoryView of(Category category) {
        return new CategoryView(category.getId(), category.getSlug(), category.getName(), category.getDescription(),
                category.getParent() == null ? null : category.getParent().getId(), category.getSortOrder(),
                category.isShownPublicly());
    }
}
