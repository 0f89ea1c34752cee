package vn.ttdt.portal.audit.domain;

import java.time.Instant;

/** Criteria for reading the audit log; null fields do not filter. */
public record AuditFilter(String actor, AuditAction action, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
