package vn.ttdt.portal.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class OneStopCountsTest {

    @Test
    void receivedEqualsResolvedPlusInProgressPlusReturned() {
        assertTrue(new OneStopCounts(100, 20, 10, 80, 5, 15, 5, 5).addsUp());
        assertFalse(new OneStopCounts(100, 20, 10, 80, 5, 15, 5, 4).addsUp());
    }

    @Test
    void theOnTimeRateCountsEarlyAndOnTimeOverResolved() {
        assertEquals(95.2, new OneStopCounts(105, 0, 20, 80, 5, 0, 0, 0).onTimePercent());
        assertNull(new OneStopCounts(3, 0, 0, 0, 0, 3, 0, 0).onTimePercent());
    }

    @Test
    void totalsAddEveryColumn() {
        OneStopCounts sum = new OneStopCounts(1, 2, 3, 4, 5, 6, 7, 8).plus(new OneStopCounts(1, 1, 1, 1, 1, 1, 1, 1));
        assertEquals(5, sum.received());
        assertEquals(15, sum.resolved());
        assertEquals(15, sum.inProgress());
        assertEquals(9, sum.getReturned());
    }

    @Test
    void aPeriodIsAMonthWrittenYearDashMonthNotInTheFuture() {
        YearMonth now = YearMonth.of(2026, 12);
        assertEquals(YearMonth.of(2023, 3), ReportingPeriod.parse("2023-03", now).orElseThrow());
        assertTrue(ReportingPeriod.parse("2023-3", now).isEmpty());
        assertTrue(ReportingPeriod.parse("2023-13", now).isEmpty());
        assertTrue(ReportingPeriod.parse("03/2023", now).isEmpty());
        assertTrue(ReportingPeriod.parse("2027-01", now).isEmpty());
        assertTrue(ReportingPeriod.parse(null, now).isEmpty());
    }
}
