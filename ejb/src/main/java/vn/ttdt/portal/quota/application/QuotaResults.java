package vn.ttdt.portal.quota.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.quota.domain.ComplianceTables;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * A quarter's compliance table as the quota job left it, for the board, the IT administrator and the quota
 * supervisors; the board reopens a quarter locked by a final run (audited), so that it can be computed again.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME, Role.QUOTA_SUPERVISOR_NAME})
public class QuotaResults {

    @Inject
    private ComplianceTables tables;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    /** The quarter's rows in the groups' and units' order; none when the quarter was never computed. */
    public List<ComplianceRowView> rows(Quarter quarter) {
        return tables.of(sites.current().getId(), quarter)
                .map(table -> tables.rows(table.id()).stream().map(ComplianceRowView::of).toList())
                .orElse(List.of());
    }

    /** Whether a final run has locked the quarter. */
    public boolean isLocked(Quarter quarter) {
        return tables.of(sites.current().getId(), quarter).map(QuarterTable::locked).orElse(false);
    }

    /** Unlocks a quarter a final run locked, so that it can be run again (the rows stay, no longer final). */
    @RolesAllowed(Role.APPROVER_NAME)
    public void reopen(Quarter quarter) {
        QuarterTable table = tables.lockForWriting(sites.current().getId(), quarter)
                .orElseThrow(() -> new NotFoundException("quota quarter", quarter));
        table.checkCanReopen();
        String by = caller.getCallerPrincipal().getName();
        tables.reopen(table.id(), by, clock.instant());
        audit.record(by, AuditAction.QUOTA_QUARTER_REOPENED, "quota-quarter", table.id(), quarter + " reopened",
                origin.remoteAddress());
    }
}
