package vn.ttdt.portal.audit.application;

import java.time.Instant;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.audit.domain.AuditEvent;

/** One line of the audit log as the back-office API answers it. */
public record AuditEntry(Long id, Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
                         String details, String remoteAddress) {

    public static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(), event.getTargetType(),
                event.getTargetId(), event.getDetails(), event.getRemoteAddress());
    }
}
