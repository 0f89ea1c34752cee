package vn.ttdt.portal.content.application;

import java.time.Instant;
import java.util.List;

/**
 * A published item as citizens and the public API see it. {@code body} and {@code related} ("Tin liên
 * quan") are filled for the item's own page only and are null in listings; {@code cover} is null when
 * it has none.
 */
public record PublicItem(long id, String slug, String kind, String title, String lead, String body, Instant publishedAt,
                         CategoryRef category, String sourceUnit, List<String> authors, List<TagRef> tags,
                         List<RelatedItem> related, PublicPhoto cover, List<PublicPhoto> photos) {

    /**
     * The id's hash, consistent with the record's equality (equal items have equal ids) and cheap: the
     * JSON-B provider hashes every object it writes, and the record's own hash read title, lead and
     * body again each time.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /** The category an item is filed in. */
    public record CategoryRef(String slug, String name) {
    }

    /** A keyword of the item; its page is /the/{slug}. */
    public record TagRef(String slug, String name) {
    }

    /** An item to read next; its page is /tin/{slug}. */
    public record RelatedItem(String slug, String title, Instant publishedAt) {
    }
}
