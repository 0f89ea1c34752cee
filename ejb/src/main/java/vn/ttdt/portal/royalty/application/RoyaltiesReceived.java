package vn.ttdt.portal.royalty.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.royalty.domain.PayeeStatus;
import vn.ttdt.portal.royalty.domain.Payroll;
import vn.ttdt.portal.royalty.domain.PayrollPayee;
import vn.ttdt.portal.royalty.domain.PayrollRepository;
import vn.ttdt.portal.royalty.domain.PayrollStatus;

/**
 * What each payee received from the payrolls finance approved for the months of a year (carried-over amounts, which
 * were not paid, left out): gross, tax withheld and net, summed over the months — for the contributor registry.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
public class RoyaltiesReceived {

    @Inject
    private PayrollRepository payrolls;

    @Inject
    private SiteDirectory sites;

    public List<Receipt> ofYear(int year) {
        Map<String, Receipt> byPayee = new LinkedHashMap<>();
        for (Payroll payroll : payrolls.all(sites.current().getId())) {
            if (payroll.month().getYear() != year || payroll.getStatus() == PayrollStatus.DRAFT) {
                continue;
            }
            for (PayrollPayee payee : payrolls.payees(payroll.getId())) {
                if (payee.getStatus() != PayeeStatus.CARRIED_OVER) {
                    byPayee.merge(payee.getPayeeKey(), new Receipt(payee.getPayeeKey(), payee.getAccountId(), payee.getPayeeName(),
                            payee.getGross(), payee.getTax(), payee.getNet()), Receipt::plus);
                }
            }
        }
        return new ArrayList<>(byPayee.values());
    }

    /** A payee's totals over the approved payrolls of the year. */
    public record Receipt(String payeeKey, Long accountId, String name, long gross, long tax, long net) {

        Receipt plus(Receipt other) {
            return new Receipt(payeeKey, accountId, name, gross + other.gross, tax + other.tax, net + other.net);
        }
    }
}
