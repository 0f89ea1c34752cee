package vn.ttdt.portal.content.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The categories a writer can file an item in: those citizens see, and the item's own category even when it
 * (or a category above it) is hidden, so that the item can be saved again where it is; such a choice has
 * {@link CategoryView#visible()} false for the screen to mark it.
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class CategoryChoices {

    @Inject
    private CategoryRepository categories;

    @Inject
    private SiteDirectory sites;

    /** @param currentCategoryId the item's category; null for a new item */
    public List<CategoryView> forItem(Long currentCategoryId) {
        return categories.allOf(sites.forReading()).stream()
                .filter(c -> c.isShownPublicly() || c.getId().equals(currentCategoryId))
                .map(CategoryView::of).toList();
    }
}
