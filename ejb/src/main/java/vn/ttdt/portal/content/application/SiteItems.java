package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * The items of the site this deployment serves, by id: the one place where the back office loads the item a
 * call names (editing, workflow steps, schedule, revisions, autosave, duplicate check), so that an item of
 * another site, or one the caller may not read ({@link ItemReadAccess}), answers exactly like an id that does not
 * exist.
 */
@ApplicationScoped
public class SiteItems {

    private BiFunction<Site, Long, Optional<ContentItem>> byId;
    private Supplier<Site> currentSite;

    protected SiteItems() {
    }

    @Inject
    SiteItems(ContentItemRepository items, SiteDirectory sites) {
        this(items::byId, sites::current);
    }

    SiteItems(BiFunction<Site, Long, Optional<ContentItem>> byId, Supplier<Site> currentSite) {
        this.byId = byId;
        this.currentSite = currentSite;
    }

    /** The item {@code id} of the current site; {@link NotFoundException} for an unknown id and another site's item alike. */
    public ContentItem find(long id) {
        return byId.apply(currentSite.get(), id).orElseThrow(() -> new NotFoundException("item", id));
    }

    /** The item {@code id} of the current site if {@code reader} may read it; else {@link NotFoundException} as for an unknown id. */
    public ContentItem readable(long id, ItemReadAccess.Reader reader) {
        ContentItem item = find(id);
        if (!ItemReadAccess.mayRead(reader, item)) {
            throw new NotFoundException("item", id);
        }
        return item;
    }
}
