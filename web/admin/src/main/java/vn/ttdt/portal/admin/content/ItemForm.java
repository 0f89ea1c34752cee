package vn.ttdt.portal.admin.content;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.content.application.ItemDraft;
import vn.ttdt.portal.content.application.ItemView;
import vn.ttdt.portal.content.application.RelatedChoice;
import vn.ttdt.portal.content.domain.ContentKind;
import vn.ttdt.portal.content.domain.Genre;

/** The item editor's fields while someone types; validated as an {@link ItemDraft} by the service. */
public class ItemForm implements Serializable {

    private ContentKind kind = ContentKind.NEWS;
    private Genre genre = Genre.NEWS_OR_REPLY;
    private String title;
    private String lead;
    private String body;
    private Long categoryId;
    private Long sourceUnitId;
    private boolean featured;
    private Long version;
    private final List<AuthorRow> authors = new ArrayList<>();
    private boolean equalShares;
    private List<String> tags = new ArrayList<>();
    private List<RelatedChoice> related = new ArrayList<>();
    private PhotoRow cover;
    private final List<PhotoRow> photos = new ArrayList<>();

    static ItemForm blank(String authorName, Long accountId, Long unitId) {
        ItemForm form = new ItemForm();
        form.sourceUnitId = unitId;
        form.authors.add(new AuthorRow(authorName, accountId, new BigDecimal("100")));
        return form;
    }

    static ItemForm of(ItemView item) {
        ItemForm form = new ItemForm();
        form.kind = item.kind();
        form.genre = item.genre();
        form.title = item.title();
        form.lead = item.lead();
        form.body = item.body();
        form.categoryId = item.categoryId();
        form.sourceUnitId = item.sourceUnitId();
        form.featured = item.featured();
        form.version = item.version();
        item.authors().forEach(a -> form.authors.add(new AuthorRow(a.name(), a.accountId(), a.sharePercent())));
        form.equalShares = item.authors().stream().allMatch(a -> a.sharePercent() == null);
        form.tags = new ArrayList<>(item.tags());
        form.related = new ArrayList<>(item.related());
        form.cover = PhotoRow.of(item.cover());
        item.photos().forEach(p -> form.photos.add(PhotoRow.of(p)));
        return form;
    }

    ItemDraft toDraft() {
        return new ItemDraft(kind, genre, title, lead, body, categoryId, sourceUnitId,
                authors.stream().map(row -> row.toDraft(equalShares)).toList(), featured,
                cover == null ? null : cover.toDraft(), photos.stream().map(PhotoRow::toDraft).toList(), version, List.copyOf(tags),
                related.stream().map(RelatedChoice::id).toList());
    }

    void addAuthor() {
        authors.add(new AuthorRow("", null, BigDecimal.ZERO));
    }

    void removeAuthor(AuthorRow row) {
        authors.remove(row);
    }

    void setCover(PhotoRow cover) {
        this.cover = cover;
    }

    void addPhoto(PhotoRow photo) {
        photos.add(photo);
    }

    void removePhoto(PhotoRow photo) {
        photos.remove(photo);
    }

    public ContentKind getKind() { return kind; }
    public void setKind(ContentKind kind) { this.kind = kind; }
    public Genre getGenre() { return genre; }
    public void setGenre(Genre genre) { this.genre = genre; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Long getSourceUnitId() { return sourceUnitId; }
    public void setSourceUnitId(Long sourceUnitId) { this.sourceUnitId = sourceUnitId; }
    public boolean isFeatured() { return featured; }
    public void setFeatured(boolean featured) { this.featured = featured; }
    public List<AuthorRow> getAuthors() { return authors; }
    /** "Chia đều": the authors declare no percentages and share the royalty equally. */
    public boolean isEqualShares() { return equalShares; }
    public void setEqualShares(boolean equalShares) { this.equalShares = equalShares; }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags); }
    public List<RelatedChoice> getRelated() { return related; }
    public void setRelated(List<RelatedChoice> related) { this.related = related == null ? new ArrayList<>() : new ArrayList<>(related); }
    public PhotoRow getCover() { return cover; }
    public List<PhotoRow> getPhotos() { return photos; }
}
