package vn.ttdt.portal.royalty.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.royalty.domain.Payroll;
import vn.ttdt.portal.royalty.domain.PayrollRepository;
import vn.ttdt.portal.royalty.domain.PayrollStatus;

/** Payrolls waiting for finance, for the back-office home: computed drafts to approve, approved ones not yet paid. */
@Stateless
@RolesAllowed({Role.FINANCE_NAME, Role.APPROVER_NAME})
public class PayrollWorkload {

    @Inject
    private PayrollRepository payrolls;

    @Inject
    private SiteDirectory sites;

    public PayrollsWaiting waiting() {
        long toApprove = 0;
        long toPay = 0;
        for (Payroll payroll : payrolls.all(sites.current().getId())) {
            toApprove += payroll.getStatus() == PayrollStatus.DRAFT && payroll.isComputed() ? 1 : 0;
            toPay += payroll.getStatus() == PayrollStatus.APPROVED ? 1 : 0;
        }
        return new PayrollsWaiting(toApprove, toPay);
    }

    /** Computed draft payrolls waiting for approval, and approved payrolls waiting to be paid. */
    public record PayrollsWaiting(long toApprove, long toPay) {
    }
}
