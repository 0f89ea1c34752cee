package vn.ttdt.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A snapshot of an item after a save or a workflow step: who, when, which step, with what comment. Never changed. */
@Entity
@Table(name = "content_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", updatable = false)
    private long itemId;

    @Column(updatable = false)
    private int number;

    @Column(name = "revised_at", updatable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", updatable = false)
    private String revisedBy;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ItemState state;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private WorkflowAction action;

    @Column(updatable = false)
    private String comment;

    @Column(updatable = false)
    private String title;

    @Column(updatable = false)
    private String lead;

    @Column(updatable = false)
    private String body;

    protected Revision() {
    }

    public Revision(ContentItem item, int number, String revisedBy, WorkflowAction action, String comment, Instant at) {
        this.itemId = item.getId();
        this.number = number;
        this.revisedAt = at;
        this.revisedBy = revisedBy;
        this.state = item.getState();
        this.action = action;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.title = item.getTitle();
        this.lead = item.getLead();
        this.body = item.getBody();
    }

    public long getItemId() { return itemId; }
    public int getNumber() { return number; }
    public Instant getRevisedAt() { return revisedAt; }
    public String getRevisedBy() { return revisedBy; }
    public ItemState getState() { return state; }
    public WorkflowAction getAction() { return action; }
    public String getComment() { return comment; }
    public String getTitle() { return title; }
    public String getLead() { return lead; }
    public String getBody() { return body; }
}
