package vn.ttdt.portal.content.application;

import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.ContentItem;

/** A published item as citizens and the public API see it; {@code cover} is null when it has none. */
public record PublicItem(long id, String slug, String kind, String title, String lead, String body, Instant publishedAt,
                         CategoryRef category, String sourceUnit, List<String> authors, PublicPhoto cover,
                         List<PublicPhoto> photos) {

    /** The category an item is filed in. */
    public record CategoryRef(String slug, String name) {
    }

    static PublicItem of(ContentItem item) {
        return new PublicItem(item.getId(), item.getSlug(), item.getKind().name(), item.getTitle(), item.getLead(),
                item.getBody(), item.getPublishedAt(),
                new CategoryRef(item.getCategory().getSlug(), item.getCategory().getName()),
                item.getSourceUnit().getName(), item.getAuthors().stream().map(AuthorShare::getName).toList(),
                PublicPhoto.of(item.getCover()), item.getPhotos().stream().map(PublicPhoto::of).toList());
    }
}
