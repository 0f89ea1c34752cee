package vn.ttdt.portal.content.application;

import java.io.Serializable;
import java.time.Instant;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentKind;
import vn.ttdt.portal.content.domain.ItemState;

/** A line of an inbox or list of items. */
public record ItemSummary(long id, String title, ContentKind kind, ItemState state, String categoryName,
                          String sourceUnitName, String createdBy, Instant updatedAt, Instant publishedAt,
                          String lastComment) implements Serializable {

    static ItemSummary of(ContentItem item) {
        return new ItemSummary(item.getId(), item.getTitle(), item.getKind(), item.getState(), item.getCategory().getName(),
                item.getSourceUnit().getName(), item.getCreatedBy(), item.getUpdatedAt(), item.getPublishedAt(),
                item.getLastComment());
    }
}
