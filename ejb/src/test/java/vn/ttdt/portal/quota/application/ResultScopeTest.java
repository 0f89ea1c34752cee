package vn.ttdt.portal.quota.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.application.GroupScope;
import vn.ttdt.portal.quota.domain.ComplianceTables.StoredRow;
import vn.ttdt.portal.quota.domain.QuotaScope;

/** Group 1 holds units 10 and 11 (each unit), group 2 is assessed together (its row without a unit), group 3 unit 30. */
class ResultScopeTest {

    private static final List<StoredRow> ROWS = List.of(row(1, 1L, 10L), row(2, 1L, 11L), row(3, 2L, null), row(4, 3L, 30L));

    private static StoredRow row(long id, long group, Long unit) {
        return new StoredRow(id, group, "Khối " + group, unit, unit == null ? null : "Đơn vị " + unit,
                unit == null ? QuotaScope.GROUP_TOGETHER : QuotaScope.EACH_UNIT, null, 0, 1, 0, 0, null, 0, 1, 0, 1, false, false, 9, 0);
    }

    private static List<Long> seen(ResultScope scope) {
        return ROWS.stream().filter(scope::includes).map(StoredRow::id).toList();
    }

    @Test
    void theBoardReadsEveryRow() {
        assertEquals(List.of(1L, 2L, 3L, 4L), seen(new ResultScope(GroupScope.all(), null, null)));
    }

    @Test
    void aSupervisorReadsTheRowsOfTheGroupsTheySuperviseOnly() {
        assertEquals(List.of(1L, 2L, 4L), seen(new ResultScope(GroupScope.only(Set.of(1L, 3L)), null, null)));
        assertEquals(List.of(), seen(new ResultScope(GroupScope.only(Set.of()), null, null)));
    }

    @Test
    void aUnitReporterReadsTheirUnitsRowOnlyOrTheirGroupsRowWhenTheGroupIsAssessedTogether() {
        assertEquals(List.of(2L), seen(new ResultScope(GroupScope.only(Set.of()), 11L, 1L)));
        assertEquals(List.of(3L), seen(new ResultScope(GroupScope.only(Set.of()), 20L, 2L)));
    }
}
