package vn.ttdt.portal.content.domain;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A news item (tin) or an article (bài): written by one or more authors with their shares, credited
 * to a source unit, filed in a category, illustrated by a cover photo and a gallery of photos, each
 * with its caption and photographer.
 * <p>
 * Lifecycle (see {@link EditorialWorkflow}): a contributor or unit reporter writes a draft and
 * submits it; an editor takes it for editing and sends it for approval; an approver publishes it —
 * at once or at a scheduled time — or returns it with comments, or rejects it with a reason. A
 * published item can be unpublished, republished and archived. Nothing is ever deleted, and every
 * save and every step is kept as a {@link Revision}. The body is sanitized HTML; the search text is
 * kept in step with title, lead and body.
 */
@Entity
@Table(name = "content_item")
public class ContentItem extends SiteOwned {

    public static final int MAX_RELATED = 10;

    @Enumerated(EnumType.STRING)
    private ContentKind kind;

    @Enumerated(EnumType.STRING)
    private Genre genre;

    private String title;

    private String slug;

    private String lead;

    private String body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(optional = false)
    @JoinColumn(name = "source_unit_id")
    private Unit sourceUnit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_author", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<AuthorShare> authors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<Tag> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "content_item_related", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "related_id")
    private List<Long> relatedIds = new ArrayList<>();

    @Embedded
    @AssociationOverride(name = "media", joinColumns = @JoinColumn(name = "cover_media_id"))
    @AttributeOverride(name = "caption", column = @Column(name = "cover_caption"))
    @AttributeOverride(name = "photographer", column = @Column(name = "cover_photographer"))
    @AttributeOverride(name = "photographerAccountId", column = @Column(name = "cover_photographer_account_id"))
    private Photo cover;

    @ElementCollection
    @CollectionTable(name = "content_photo", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<Photo> photos = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ItemState state;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    private boolean featured;

    @Column(name = "last_comment")
    private String lastComment;

    @Column(name = "search_text")
    private String searchText;

    @Version
    private long version;

    protected ContentItem() {
    }

    public ContentItem(Site site, String slug, String createdBy, Instant now) {
        super(site);
        this.slug = slug;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.state = ItemState.DRAFT;
    }

    /**
     * True when a writer may file this item in {@code chosen}: a category citizens see, or the one the item is in
     * already, even when it has been hidden since, so that the item can be saved again where it is. A new item, or
     * one moved to another category, never goes into a hidden category.
     */
    public boolean mayBeFiledIn(Category chosen) {
        return chosen.isShownPublicly() || category != null
                && (category == chosen || category.getId() != null && category.getId().equals(chosen.getId()));
    }

    /** Replaces what the item says; {@code safeBody} must already be sanitized. */
    public void write(ContentKind kind, Genre genre, String title, String lead, String safeBody, Category category,
                      Unit sourceUnit, List<AuthorShare> authors, boolean featured, Instant now) {
        this.kind = kind;
        this.genre = genre;
        this.title = title.strip();
        this.lead = lead.strip();
        this.body = safeBody;
        this.category = category;
        this.sourceUnit = sourceUnit;
        this.authors.clear();
        this.authors.addAll(authors);
        this.featured = featured;
        this.searchText = SearchText.of(this.title, this.lead, safeBody);
        this.updatedAt = now;
    }

    /** Replaces the item's keywords (already normalised by {@link Tags#normalise}). */
    public void tag(List<Tag> tags, Instant now) {
        this.tags.clear();
        this.tags.addAll(tags);
        this.updatedAt = now;
    }

    /**
     * Replaces the items the editor chose to show as related, in their order; the item itself and
     * repetitions are left out. At most {@value #MAX_RELATED}.
     */
    public void relateTo(List<Long> itemIds, Instant now) {
        List<Long> chosen = itemIds.stream().filter(i -> i != null && !i.equals(getId())).distinct().toList();
        if (chosen.size() > MAX_RELATED) {
            throw new BusinessRuleException("content.related.tooMany", chosen.size() + " related items");
        }
        relatedIds.clear();
        relatedIds.addAll(chosen);
        this.updatedAt = now;
    }

    /** Replaces the cover (null: none) and the gallery of photos, in the order given. */
    public void illustrate(Photo cover, List<Photo> photos, Instant now) {
        this.cover = cover;
        this.photos.clear();
        this.photos.addAll(photos);
        this.updatedAt = now;
    }

    /**
     * Moves to the next state of the workflow; publishing stamps the first publication time.
     *
     * @throws WorkflowException {@value WorkflowException#NOT_ALLOWED} when no step of the workflow
     *         leads from the current state to {@code next}
     */
    public void moveTo(ItemState next, String comment, Instant now) {
        if (!EditorialWorkflow.leadsTo(state, next)) {
            throw new WorkflowException(WorkflowException.NOT_ALLOWED, "no step from " + state + " to " + next + " for item " + getId());
        }
        if (next == ItemState.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        if (next == ItemState.PUBLISHED) {
            publishAt = null;
        }
        state = next;
        if (comment != null && !comment.isBlank()) {
            lastComment = comment.strip();
        }
        updatedAt = now;
    }

    /**
     * Takes the state an item published elsewhere before (imported, or seed data) had there, with its
     * first publication time: such an item did not pass this board's workflow.
     */
    public void adoptPublished(ItemState adopted, Instant firstPublished, Instant now) {
        state = adopted;
        publishedAt = firstPublished;
        publishAt = null;
        updatedAt = now;
    }

    /** Sets the times at which the approver wants the item published and withdrawn (either may be null). */
    public void schedule(Instant publishAt, Instant unpublishAt, Instant now) {
        this.publishAt = publishAt;
        this.unpublishAt = unpublishAt;
        this.updatedAt = now;
    }

    /**
     * Gives the same authors, in the same order, new percentage shares (when grading the royalty of a
     * published work); refuses shares that are not one per author or do not add up to 100%.
     */
    public void redistributeShares(List<BigDecimal> sharePercents, Instant now) {
        if (sharePercents.size() != authors.size()) {
            throw new BusinessRuleException("content.authors.shareCount", "item " + getId() + " has " + authors.size() + " authors");
        }
        List<AuthorShare> shared = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            shared.add(new AuthorShare(authors.get(i).getName(), authors.get(i).getAccountId(), sharePercents.get(i)));
        }
        String problem = AuthorShares.violation(shared);
        if (problem != null) {
            throw new BusinessRuleException(problem, "shares refused for item " + getId());
        }
        authors.clear();
        authors.addAll(shared);
        updatedAt = now;
    }

    /** True when {@code media} is this item's cover or one of its photos. */
    public boolean isIllustratedWith(Media media) {
        return Stream.concat(Stream.ofNullable(getCover()), photos.stream())
                .anyMatch(photo -> photo.getMedia() != null && photo.getMedia().getId() != null && photo.getMedia().getId().equals(media.getId()));
    }

    public boolean isWrittenBy(String login) {
        return createdBy.equals(login);
    }

    public ContentKind getKind() { return kind; }
    public Genre getGenre() { return genre; }
    public String getTitle() { return title; }
    public String getSlug() { return slug; }
    public String getLead() { return lead; }
    public String getBody() { return body; }
    public Category getCategory() { return category; }
    public Unit getSourceUnit() { return sourceUnit; }
    public List<AuthorShare> getAuthors() { return List.copyOf(authors); }
    public List<Tag> getTags() { return List.copyOf(tags); }
    public List<Long> getRelatedIds() { return List.copyOf(relatedIds); }
    public Photo getCover() { return cover == null || cover.getMedia() == null ? null : cover; }
    public List<Photo> getPhotos() { return List.copyOf(photos); }
    public ItemState getState() { return state; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getPublishAt() { return publishAt; }
    public Instant getUnpublishAt() { return unpublishAt; }
    public boolean isFeatured() { return featured; }
    public String getLastComment() { return lastComment; }
    public long getVersion() { return version; }
    public String getSearchText() { return searchText; }
}
