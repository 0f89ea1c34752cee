package vn.ttdt.portal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit log: an actor (a login, or "anonymous"/"system") did an
 * {@link AuditAction} on a target at an instant, from a network address. Written once, never
 * changed or deleted.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    public static final int MAX_DETAILS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditAction action;

    @Column(name = "target_type", updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    @Column(updatable = false)
    private String details;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
                      String details, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 60);
        this.action = action;
        this.targetType = targetType;
        this.targetId = truncate(targetId, 60);
        this.details = truncate(details, MAX_DETAILS);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public AuditAction getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public String getDetails() { return details; }
    public String getRemoteAddress() { return remoteAddress; }
}
