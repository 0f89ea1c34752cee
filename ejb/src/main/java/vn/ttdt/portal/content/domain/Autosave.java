package vn.ttdt.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What someone had typed in the item editor and not yet saved, kept automatically while they work:
 * one per item and person, overwritten by every autosave, gone when they save or discard it. It is
 * not a revision and never shown to anyone else: revisions stay the record of what was saved.
 * The body is sanitized like a saved one.
 */
@Entity
@Table(name = "content_autosave")
public class Autosave {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", updatable = false)
    private long itemId;

    @Column(name = "saved_by", updatable = false)
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    private String title;

    private String lead;

    private String body;

    protected Autosave() {
    }

    public Autosave(long itemId, String savedBy) {
        this.itemId = itemId;
        this.savedBy = savedBy;
    }

    /**
     * Keeps this text at {@code now} (to the microsecond, as the database stores it); {@code safeBody} must
     * already be sanitized. False when it is what was kept already.
     */
    public boolean keep(String title, String lead, String safeBody, Instant now) {
        String t = title == null ? "" : title;
        String l = lead == null ? "" : lead;
        String b = safeBody == null ? "" : safeBody;
        if (savedAt != null && t.equals(this.title) && l.equals(this.lead) && b.equals(this.body)) {
            return false;
        }
        this.title = t;
        this.lead = l;
        this.body = b;
        this.savedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /** Whether it holds work done after the item was last saved by anyone; an older one is stale. */
    public boolean isNewerThan(ContentItem item) {
        return item.getUpdatedAt() == null || savedAt.isAfter(item.getUpdatedAt());
    }

    public Long getId() { return id; }
    public long getItemId() { return itemId; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
    public String getTitle() { return title; }
    public String getLead() { return lead; }
    public String getBody() { return body; }
}
