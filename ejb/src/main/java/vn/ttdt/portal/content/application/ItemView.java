package vn.ttdt.portal.content.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentKind;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.Tag;
import vn.ttdt.portal.content.domain.WorkflowAction;

/** An item as the back-office shows it, with what the viewer may do next. */
public record ItemView(long id, String slug, ContentKind kind, Genre genre, String title, String lead, String body,
                       long categoryId, String categoryName, long sourceUnitId, String sourceUnitName,
                       List<Author> authors, ItemState state, String createdBy, Instant createdAt, Instant updatedAt,
                       Instant publishedAt, Instant publishAt, Instant unpublishAt, boolean featured,
                       String lastComment, long version, Set<WorkflowAction> allowedActions, boolean editable,
                       List<String> tags, List<RelatedChoice> related,
                       PhotoView cover, List<PhotoView> photos) implements Serializable {

    /** An author and their share. */
    public record Author(String name, Long accountId, BigDecimal sharePercent) implements Serializable {
    }

    static ItemView of(ContentItem item, Set<WorkflowAction> allowed, boolean editable, List<RelatedChoice> related) {
        return new ItemView(item.getId(), item.getSlug(), item.getKind(), item.getGenre(), item.getTitle(), item.getLead(),
                item.getBody(), item.getCategory().getId(), item.getCategory().getName(), item.getSourceUnit().getId(),
                item.getSourceUnit().getName(),
                item.getAuthors().stream().map(a -> new Author(a.getName(), a.getAccountId(), a.getSharePercent())).toList(),
                item.getState(), item.getCreatedBy(), item.getCreatedAt(), item.getUpdatedAt(), item.getPublishedAt(),
                item.getPublishAt(), item.getUnpublishAt(), item.isFeatured(), item.getLastComment(), item.getVersion(),
                allowed, editable, item.getTags().stream().map(Tag::getName).toList(), related,
                PhotoView.of(item.getCover()), item.getPhotos().stream().map(PhotoView::of).toList());
    }
}
