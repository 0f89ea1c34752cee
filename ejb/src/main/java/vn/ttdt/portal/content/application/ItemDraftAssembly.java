package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.AuthorShares;
import vn.ttdt.portal.content.domain.Category;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.Photo;
import vn.ttdt.portal.content.domain.Tags;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A writer's draft put into an item: the authors checked against their accounts, the body sanitized, the item filed in
 * a category and credited to a source unit of its own site, its tags, its related published items and its pictures.
 * Anything the draft names that the item may not have is refused with a {@link BusinessRuleException}.
 */
@Dependent
public class ItemDraftAssembly {

    @Inject
    private ContentItemRepository items;

    @Inject
    private CategoryRepository categories;

    @Inject
    private UnitRepository units;

    @Inject
    private MediaRepository media;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ItemAuthors itemAuthors;

    /** Writes {@code draft} into {@code item} as {@code reader} (the writer) at {@code now}. */
    public void write(ContentItem item, ItemDraft draft, ItemReadAccess.Reader reader, Instant now) {
        List<AuthorShare> authors = itemAuthors.of(item, draft.authors());
        String problem = AuthorShares.violation(authors);
        if (problem != null) {
            throw new BusinessRuleException(problem, "authors refused for item " + item.getId());
        }
        String safeBody = HtmlSanitizer.sanitize(draft.body());
        if (safeBody.isBlank()) {
            throw new BusinessRuleException("content.body.required", "body empty after sanitizing");
        }
        item.write(draft.kind(), draft.genre(), draft.title(), draft.lead(), safeBody, category(item, draft.categoryId()),
                unit(item, draft.sourceUnitId()), authors, draft.featured(), now);
        if (draft.tags() != null || item.getId() == null) {
            item.tag(Tags.normalise(draft.tags()), now);
        }
        if (draft.relatedIds() != null) {
            List<Long> ids = draft.relatedIds().stream().filter(Objects::nonNull).distinct().toList();
            boolean allPublished = items.byIds(ids).stream()
                    .filter(r -> r.getState() == ItemState.PUBLISHED && r.belongsTo(item.getSite()))
                    .count() == ids.size();
            if (!allPublished) {
                throw new BusinessRuleException("content.related.unknown", "related items " + ids + " not all published");
            }
            item.relateTo(ids, now);
        }
        List<Photo> photos = draft.photos() == null ? List.of() : draft.photos().stream().map(p -> photo(item, p, reader)).toList();
        item.illustrate(draft.cover() == null ? null : photo(item, draft.cover(), reader), photos, now);
    }

    /** A picture of the item's site that the writer may read ({@link ItemReadAccess}) or that the item shows already. */
    private Photo photo(ContentItem item, PhotoDraft draft, ItemReadAccess.Reader reader) {
        Media image = media.byId(item.getSite(), draft.mediaId())
                .filter(m -> ItemReadAccess.mayRead(reader, m) || item.isIllustratedWith(m))
                .orElseThrow(() -> new BusinessRuleException("media.unknown", "no media " + draft.mediaId()));
        if (!image.isImage()) {
            throw new BusinessRuleException("media.imageRequired", "media " + draft.mediaId() + " is not an image");
        }
        Long account = draft.photographerAccountId();
        if (account != null && accounts.byId(item.getSite(), account).isEmpty()) {
            throw new BusinessRuleException("content.photo.account", "no account " + account);
        }
        return new Photo(image, draft.caption(), draft.photographer(), account);
    }

    /** The category to file the item in: one of the item's site (another site's is unknown here) that it may go into. */
    private Category category(ContentItem item, long id) {
        Category chosen = categories.byId(item.getSite(), id)
                .orElseThrow(() -> new BusinessRuleException("content.category.unknown", "no category " + id + " in the item's site"));
        if (!item.mayBeFiledIn(chosen)) {
            throw new BusinessRuleException("content.category.hidden", "category " + id + " is hidden: item " + item.getId() + " may not go there");
        }
        return chosen;
    }

    /** The unit credited as the item's source: an active one of the item's site (another site's is unknown here). */
    private Unit unit(ContentItem item, long id) {
        return units.byId(item.getSite(), id).filter(Unit::isActive)
                .orElseThrow(() -> new BusinessRuleException("content.sourceUnit.unknown", "no active unit " + id + " in the item's site"));
    }
}
