package vn.ttdt.portal.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.reporting.domain.YearlyReport;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * The yearly operations report for the editorial board's approvers and the IT administrator: every section source
 * found (each a bean implementing {@link SectionSource}) asked for its section of the year, in their order. Read-only.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
public class YearlyReports {

    private static final Logger LOG = Logger.getLogger(YearlyReports.class.getName());

    @Inject
    @Any
    private Instance<SectionSource> sources;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    public YearlyReport year(int year) {
        if (year < ReportYear.FIRST || year > ReportYear.LAST) {
            throw new BusinessRuleException("report.year.invalid", "report year out of range: " + year, String.valueOf(ReportYear.FIRST),
                    String.valueOf(ReportYear.LAST));
        }
        List<SectionSource> all = sources.stream().toList();
        long started = System.nanoTime();
        YearlyReport report = YearlyReport.assemble(sites.current(), new ReportYear(year), clock.instant(), all);
        LOG.fine(() -> "yearly report " + year + ": " + all.size() + " sections in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return report;
    }
}
