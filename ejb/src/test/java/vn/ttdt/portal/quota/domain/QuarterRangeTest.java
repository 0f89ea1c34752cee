package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

class QuarterRangeTest {

    @Test
    void aRangeListsItsQuartersAcrossTheYearsInOrder() {
        QuarterRange range = new QuarterRange(new Quarter(2005, 3), new Quarter(2006, 2));

        assertEquals(List.of(new Quarter(2005, 3), new Quarter(2005, 4), new Quarter(2006, 1), new Quarter(2006, 2)), range.quarters());
        assertEquals(40, new QuarterRange(new Quarter(2016, 1), new Quarter(2025, 4)).quarters().size());
        assertEquals(List.of(new Quarter(2023, 2)), QuarterRange.of(new Quarter(2023, 2)).quarters());
        assertEquals("2005-3..2006-2", range.parameter());
    }

    @Test
    void aBackwardRangeOrOneOfMoreThanFortyQuartersIsRefused() {
        assertEquals("quota.range.invalid", assertThrows(BusinessRuleException.class,
                () -> new QuarterRange(new Quarter(2023, 2), new Quarter(2023, 1))).messageKey());
        assertEquals("quota.range.invalid", assertThrows(BusinessRuleException.class,
                () -> new QuarterRange(new Quarter(2016, 1), new Quarter(2026, 1))).messageKey());
    }

    @Test
    void rangesOverlapWhenTheyShareAQuarter() {
        QuarterRange year2023 = new QuarterRange(new Quarter(2023, 1), new Quarter(2023, 4));

        assertTrue(year2023.overlaps(QuarterRange.of(new Quarter(2023, 4))));
        assertTrue(year2023.overlaps(new QuarterRange(new Quarter(2022, 3), new Quarter(2023, 1))));
        assertFalse(year2023.overlaps(QuarterRange.of(new Quarter(2024, 1))));
        assertTrue(year2023.contains(new Quarter(2023, 3)));
        assertFalse(year2023.contains(new Quarter(2022, 4)));
    }

    @Test
    void rowsAreOrderedByQuarterThenGroupAndUnitAndTheirPositionIsTheCheckpoint() {
        List<RowPosition> positions = new ArrayList<>(List.of(new RowPosition(new Quarter(2024, 1), SubjectKey.of(1, 3L)),
                new RowPosition(new Quarter(2023, 4), SubjectKey.of(2, 5L)), new RowPosition(new Quarter(2023, 4), SubjectKey.of(1, null))));
        Collections.sort(positions);

        assertEquals(List.of(new RowPosition(new Quarter(2023, 4), new SubjectKey(1, 0)), new RowPosition(new Quarter(2023, 4), new SubjectKey(2, 5)),
                new RowPosition(new Quarter(2024, 1), new SubjectKey(1, 3))), positions);
        assertEquals(positions.get(1), RowPosition.fromCheckpoint(positions.get(1).checkpoint()));
        assertEquals("2023-4:2:5", positions.get(1).checkpoint());
    }
}
