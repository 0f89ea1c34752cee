package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.site.advertising.application.RevenueReport;
import vn.ttdt.portal.site.advertising.application.RevenueReports;
import vn.ttdt.portal.site.advertising.domain.AdContractRepository;

/**
 * Advertising revenue as the advertising context's yearly revenue report counts it (its own query): the contracts
 * that start in the year, each fee in full in that year, what was paid and what is outstanding.
 */
@ApplicationScoped
public class AdvertisingRevenue implements SectionSource {

    static final String KEY = "advertising";

    @Inject
    private AdContractRepository contracts;

    @Override
    public int order() {
        return 110;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        RevenueReport revenue = RevenueReports.of(year.value(), contracts.startingIn(site, year.value()));
        List<ReportRow> rows = revenue.rows().stream().map(r -> ReportRow.of(r.number() + " – " + r.advertiser(), r.fee(), r.paid(),
                r.outstanding())).toList();
        return Sections.section(KEY, List.of(Sections.fact(KEY, "contracts", rows.size()), Sections.fact(KEY, "fees", revenue.fees()),
                        Sections.fact(KEY, "paid", revenue.paid()), Sections.fact(KEY, "outstanding", revenue.outstanding())),
                List.of("fee", "paid", "outstanding"), rows, Sections.total(rows, 3), null);
    }
}
