package vn.ttdt.portal.site.advertising.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.site.advertising.domain.AdContract;
import vn.ttdt.portal.site.advertising.domain.AdContractRepository;

/** The yearly advertising revenue for the board and for finance: each contract's fee counts in the year it starts. */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.FINANCE_NAME})
public class RevenueReports {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Inject
    private AdContractRepository contracts;

    @Inject
    private SiteDirectory sites;

    public RevenueReport year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessRuleException("revenue.year.invalid", "year out of range: " + year, FIRST_YEAR, LAST_YEAR);
        }
        return of(year, contracts.startingIn(sites.current(), year));
    }

    /** The revenue of {@code year} from its contracts ({@link AdContractRepository#startingIn}); the yearly operations report reads it too. */
    public static RevenueReport of(int year, List<AdContract> startingInYear) {
        List<RevenueReport.Row> rows = startingInYear.stream().map(RevenueReports::row).toList();
        return new RevenueReport(year, rows, rows.stream().mapToLong(RevenueReport.Row::fee).sum(),
                rows.stream().mapToLong(RevenueReport.Row::paid).sum(), rows.stream().mapToLong(RevenueReport.Row::outstanding).sum());
    }

    private static RevenueReport.Row row(AdContract c) {
        return new RevenueReport.Row(c.getNumber(), c.getAdvertiser().getName(), c.getAdvertiser().getTaxCode(),
                DomainTexts.text(c.getPlacement().labelKey()), c.getStartsOn(), c.getEndsOn(), c.getFee(), c.getPaidOn(),
                c.paid(), c.outstanding());
    }
}
