package vn.ttdt.portal.content.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.domain.Category;
import vn.ttdt.portal.content.domain.CategoryOrder;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.CategorySlug;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * Maintenance of the category tree by approvers and the IT administrator: create, rename, move
 * under another parent, reorder among siblings, hide and show again (never delete). Every change is
 * audited and refreshes the cached public pages.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
public class CategoryService {

    private static final Logger LOG = Logger.getLogger(CategoryService.class.getName());

    @Inject
    private CategoryRepository categories;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Resource
    private SessionContext caller;

    /** Every category of the site, hidden ones too, parents before their children, siblings in their order. */
    public List<CategoryNode> tree() {
        List<Category> all = categories.allOf(sites.current());
        List<CategoryNode> nodes = new ArrayList<>();
        addChildren(all, null, 0, nodes);
        return nodes;
    }

    public CategoryNode create(@NotNull @Valid CategoryDraft draft) {
        Site site = sites.current();
        Category parent = parent(draft.parentId());
        String slug = freeSlug(site, draft, null);
        Category category = new Category(site, parent, draft.name().strip(), slug, null,
                CategoryOrder.last(siblings(site, parent)));
        category.describe(draft.name(), slug, draft.description(), parent);
        if (!draft.visible()) {
            category.hide();
        }
        categories.add(category);
        changed(AuditAction.CATEGORY_CREATED, category);
        return node(category);
    }

    public CategoryNode update(long id, @NotNull @Valid CategoryDraft draft) {
        Category category = find(id);
        StaleDataException.check("category", id, draft.version(), category.getVersion());
        Category parent = parent(draft.parentId());
        boolean moved = !category.isChildOf(parent);
        int place = moved ? CategoryOrder.last(siblings(category.getSite(), parent)) : category.getSortOrder();
        category.describe(draft.name(), freeSlug(category.getSite(), draft, category), draft.description(), parent);
        category.placeAt(place);
        if (draft.visible()) {
            category.show();
        } else {
            category.hide();
        }
        changed(AuditAction.CATEGORY_UPDATED, category);
        return node(category);
    }

    public CategoryNode hide(long id) {
        Category category = find(id);
        category.hide();
        changed(AuditAction.CATEGORY_HIDDEN, category);
        return node(category);
    }

    public CategoryNode show(long id) {
        Category category = find(id);
        category.show();
        changed(AuditAction.CATEGORY_SHOWN, category);
        return node(category);
    }

    /** Moves a category one place up ({@code up}) or down among its siblings. */
    public CategoryNode move(long id, boolean up) {
        Category category = find(id);
        CategoryOrder.move(siblings(category.getSite(), category.getParent()), category, up);
        changed(AuditAction.CATEGORY_MOVED, category);
        return node(category);
    }

    private void addChildren(List<Category> all, Category parent, int depth, List<CategoryNode> into) {
        for (Category c : all) {
            if (c.isChildOf(parent)) {
                into.add(CategoryNode.of(c, depth));
                addChildren(all, c, depth + 1, into);
            }
        }
    }

    private List<Category> siblings(Site site, Category parent) {
        return categories.allOf(site).stream()
                .filter(c -> c.isChildOf(parent)).toList();
    }

    private String freeSlug(Site site, CategoryDraft draft, Category self) {
        String slug = CategorySlug.of(draft.slug(), draft.name());
        categories.bySlug(site, slug).filter(other -> other != self).ifPresent(other -> {
            throw new BusinessRuleException("category.slug.duplicate", "category slug taken: " + slug);
        });
        return slug;
    }

    private Category parent(Long id) {
        return id == null ? null : find(id);
    }

    private Category find(long id) {
        return categories.byId(sites.current(), id)
                .orElseThrow(() -> new NotFoundException("category", id));
    }

    private CategoryNode node(Category category) {
        return tree().stream().filter(n -> n.id() == category.getId()).findFirst().orElseThrow();
    }

    private void changed(AuditAction action, Category category) {
        published.fire(new PublishedContentChanged("category " + category.getId()));
        String actor = caller.getCallerPrincipal().getName();
        audit.record(actor, action, "category", category.getId(), category.getName() + " (" + category.getSlug() + ")",
                origin.remoteAddress());
        LOG.info(() -> "category " + category.getId() + " " + action + " by " + actor);
    }
}
