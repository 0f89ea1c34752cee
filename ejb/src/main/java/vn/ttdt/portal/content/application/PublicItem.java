package vn.ttdt.portal.content.application;

import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.ContentItem;

/**
 * A published item as citizens and the public API see it. {@code related} ("Tin liên quan") is
 * filled for the item's own page only and is null in listings; {@code cover} is null when it has none.
 */
public record PublicItem(long id, String slug, String kind, String title, String lead, String body, Instant publishedAt,
                         CategoryRef category, String sourceUnit, List<String> authors, List<TagRef> tags,
                         List<RelatedItem> related, PublicPhoto cover, List<PublicPhoto> photos) {

    /** The category an item is filed in. */
    public record CategoryRef(String slug, String name) {
    }

    /** A keyword of the item; its page is /the/{slug}. */
    public record TagRef(String slug, String name) {
    }

    /** An item to read next; its page is /tin/{slug}. */
    public record RelatedItem(String slug, String title, Instant publishedAt) {

        static RelatedItem of(ContentItem item) {
            return new RelatedItem(item.getSlug(), item.getTitle(), item.getPublishedAt());
        }
    }

    static PublicItem of(ContentItem item) {
        return new PublicItem(item.getId(), item.getSlug(), item.getKind().name(), item.getTitle(), item.getLead(),
                item.getBody(), item.getPublishedAt(),
                new CategoryRef(item.getCategory().getSlug(), item.getCategory().getName()),
                item.getSourceUnit().getName(), item.getAuthors().stream().map(AuthorShare::getName).toList(),
                item.getTags().stream().map(t -> new TagRef(t.getSlug(), t.getName())).toList(), null,
                PublicPhoto.of(item.getCover()), item.getPhotos().stream().map(PublicPhoto::of).toList());
    }

    PublicItem withRelated(List<RelatedItem> items) {
        return new PublicItem(id, slug, kind, title, lead, body, publishedAt, category, sourceUnit, authors, tags, items, cover, photos);
    }
}
