package vn.ttdt.portal.quota.domain;

import java.util.List;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * One row of a quarter's compliance table: a unit (or, when {@code unitId} is null, the group together), the rule
 * it was assessed by, the counts of the units it covers, its compliance, and the items it counted.
 */
public record ComplianceRow(Quarter quarter, long groupId, Long unitId, long ruleId, QuotaScope scope, List<Long> coveredUnitIds,
        QuarterCounts counts, Compliance compliance, CountedIds counted) {

    public ComplianceRow {
        coveredUnitIds = List.copyOf(coveredUnitIds);
    }

    public SubjectKey key() {
        return SubjectKey.of(groupId, unitId);
    }

    public RowPosition position() {
        return new RowPosition(quarter, key());
    }

    public ComplianceRow withCounted(CountedIds items) {
        return new ComplianceRow(quarter, groupId, unitId, ruleId, scope, coveredUnitIds, counts, compliance, items);
    }

    /** What the rule asks of {@code measure}; null when it asks nothing of it. */
    public Long required(Measure measure) {
        return compliance.measures().stream().filter(m -> m.measure() == measure).map(MeasureResult::required)
                .findFirst().orElse(null);
    }

    public boolean asks(Measure measure) {
        return required(measure) != null;
    }
}
