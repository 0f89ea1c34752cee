package vn.ttdt.portal.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.audit.domain.AuditEvent;
import vn.ttdt.portal.audit.domain.AuditFilter;
import vn.ttdt.portal.audit.domain.AuditRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * Writes and reads the audit log. Changes are recorded in the caller's transaction (a change
 * that rolls back leaves no trace); sign-in attempts in their own, so a refused login is kept.
 */
@PermitAll
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @Inject
    private AuditRepository events;

    @Inject
    private Clock clock;

    public void record(String actor, AuditAction action, String targetType, Object targetId, String details,
                       String remoteAddress) {
        events.add(new AuditEvent(clock.instant(), actor, action, targetType,
                targetId == null ? null : targetId.toString(), details, remoteAddress));
        LOG.info(() -> "audit " + action + " by " + actor + " on " + targetType + " " + targetId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(String login, AuditAction action, String details, String remoteAddress) {
        record(login, action, "account", login, details, remoteAddress);
    }

    @RolesAllowed(Role.IT_ADMIN_NAME)
    public Page<AuditEvent> search(AuditFilter filter, PageRequest page) {
        return events.search(filter, page);
    }
}
