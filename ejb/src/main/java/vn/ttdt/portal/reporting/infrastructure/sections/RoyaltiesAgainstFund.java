package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.reporting.domain.Fact;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * Royalties and remuneration of the year's monthly payrolls that finance approved (approved or paid; drafts do not
 * count), per month: royalties, remuneration, gross, tax withheld, net; against the year's royalty fund, whose used
 * part is the approved payrolls' gross, as the payroll screen counts it.
 */
@ApplicationScoped
public class RoyaltiesAgainstFund implements SectionSource {

    static final String KEY = "royalty";

    private static final String PAYROLLS = """
            SELECT period, royalty_total, remuneration_total, total_gross, total_tax, total_net
            FROM payroll WHERE site_id = ? AND period LIKE ? AND status <> 'DRAFT' ORDER BY period""";

    private static final String FUND = "SELECT amount FROM royalty_fund WHERE site_id = ? AND year = ?";

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<ReportRow> rows = sql.list(PAYROLLS, List.of(site.getId(), year.value() + "-%"), row -> ReportRow.of(
                Sections.text("month", Integer.parseInt(row.getString("period").substring(5))), row.getLong("royalty_total"),
                row.getLong("remuneration_total"), row.getLong("total_gross"), row.getLong("total_tax"), row.getLong("total_net")));
        ReportRow total = Sections.total(rows, 5);
        long used = total.number(2);
        Optional<Long> fund = sql.first(FUND, List.of(site.getId(), year.value()), row -> row.getLong("amount"));
        List<Fact> facts = new ArrayList<>();
        facts.add(fund.map(amount -> Sections.fact(KEY, "fund", amount)).orElseGet(() -> Sections.fact(KEY, "fund",
                Sections.text(KEY + ".noFund"))));
        facts.add(Sections.fact(KEY, "used", used));
        fund.ifPresent(amount -> facts.add(Sections.fact(KEY, "remaining", amount - used)));
        return Sections.section(KEY, facts, List.of("royalties", "remuneration", "gross", "tax", "net"), rows, total, null);
    }
}
