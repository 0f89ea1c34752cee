package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

class QuarterTableTest {

    private static final Quarter Q1 = new Quarter(2023, 1);
    private static final Quarter Q2 = new Quarter(2023, 2);

    @Test
    void aProvisionalRunIsAllowedDuringTheQuarterAndAFinalOneOnlyAfterIt() {
        assertDoesNotThrow(() -> QuarterTable.checkCanRun(Optional.empty(), Q1, false, Q1));
        assertRefused("quota.final.early", () -> QuarterTable.checkCanRun(Optional.empty(), Q1, true, Q1));
        assertDoesNotThrow(() -> QuarterTable.checkCanRun(Optional.of(table(7, false)), Q1, true, Q2));
    }

    @Test
    void aLockedQuarterRefusesEveryRunAndEveryWriteUntilReopened() {
        QuarterTable locked = table(7, true);

        assertRefused("quota.quarter.locked", () -> QuarterTable.checkCanRun(Optional.of(locked), Q1, false, Q2));
        assertRefused("quota.quarter.locked", () -> locked.checkCanWrite(7));
        assertDoesNotThrow(locked::checkCanReopen);
        assertRefused("quota.quarter.notLocked", table(7, false)::checkCanReopen);
    }

    @Test
    void onlyTheQuartersLatestRunWritesIntoIt() {
        QuarterTable table = table(8, false);

        assertDoesNotThrow(() -> table.checkCanWrite(8));
        assertRefused("quota.run.replaced", () -> table.checkCanWrite(7));
    }

    @Test
    void quartersAreLabelledInRomanNumerals() {
        assertEquals(List.of("I/2023", "IV/2024"), List.of(QuarterTable.label(Q1), QuarterTable.label(new Quarter(2024, 4))));
    }

    @Test
    void rowsAreOrderedByGroupThenUnitWithTheGroupsOwnRowFirst() {
        List<SubjectKey> keys = new java.util.ArrayList<>(List.of(SubjectKey.of(2, 5L), SubjectKey.of(1, 9L),
                SubjectKey.of(2, null), SubjectKey.of(1, 3L)));
        java.util.Collections.sort(keys);

        assertEquals(List.of(new SubjectKey(1, 3), new SubjectKey(1, 9), new SubjectKey(2, 0), new SubjectKey(2, 5)), keys);
    }

    @Test
    void aRowsKeyIsItsCheckpoint() {
        assertEquals(new SubjectKey(12, 0), SubjectKey.fromCheckpoint(SubjectKey.of(12, null).checkpoint()));
        assertEquals(new SubjectKey(12, 345), SubjectKey.fromCheckpoint("12:345"));
    }

    private static QuarterTable table(long runId, boolean locked) {
        return new QuarterTable(1, Q1, runId, locked, 3, locked ? Instant.parse("2023-04-01T00:00:00Z") : null, locked);
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(BusinessRuleException.class, action).messageKey());
    }
}
