package vn.ttdt.portal.site.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.CalendarDay;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

class OutageNoticeTest {

    /** 29 April–3 May 2023 off (3 May swapped for Saturday 6 May). */
    private static final WorkingCalendar MAY_2023 = new WorkingCalendar(List.of(
            new CalendarDay(LocalDate.of(2023, 5, 1), false, "Quốc tế Lao động"),
            new CalendarDay(LocalDate.of(2023, 5, 2), false, "Nghỉ bù"),
            new CalendarDay(LocalDate.of(2023, 5, 3), false, "Nghỉ hoán đổi"),
            new CalendarDay(LocalDate.of(2023, 5, 6), true, "Làm bù")));

    @Test
    void theBannerOpensOnTheSeventhWorkingDayBeforeTheStartCountingBackOverHolidaysAndAWeekend() {
        // start Wed 10 May: Tue 9, Mon 8, Sat 6 (make-up), Fri 5, Thu 4, [3, 2, 1 off, Sun 30, Sat 29], Fri 28, Thu 27
        assertEquals(LocalDate.of(2023, 4, 27), NoticeWindow.firstDay(LocalDate.of(2023, 5, 10), MAY_2023));
    }

    @Test
    void anOrdinaryWeekCountsFiveDaysAWeek() {
        WorkingCalendar plain = new WorkingCalendar(List.of());
        assertEquals(LocalDate.of(2023, 10, 10), NoticeWindow.firstDay(LocalDate.of(2023, 10, 19), plain));
    }

    @Test
    void shownFromTheFirstDayInVietnameseTimeUntilTheEnd() {
        OutageNotice notice = notice(BusinessCalendar.startOf(LocalDate.of(2023, 5, 10)).plusSeconds(22 * 3600),
                BusinessCalendar.startOf(LocalDate.of(2023, 5, 11)).plusSeconds(2 * 3600));
        Instant firstDay = BusinessCalendar.startOf(LocalDate.of(2023, 4, 27));
        assertFalse(notice.showsAt(firstDay.minusSeconds(1), MAY_2023));
        assertTrue(notice.showsAt(firstDay, MAY_2023));
        assertTrue(notice.showsAt(notice.getEndsAt().minusSeconds(1), MAY_2023));
        assertFalse(notice.showsAt(notice.getEndsAt(), MAY_2023));
        notice.cancel();
        assertFalse(notice.showsAt(firstDay, MAY_2023));
    }

    @Test
    void anOutageEndsAfterItStarts() {
        Instant start = Instant.parse("2023-05-10T15:00:00Z");
        assertThrows(BusinessRuleException.class, () -> notice(start, start));
    }

    private static OutageNotice notice(Instant start, Instant end) {
        OutageNotice notice = new OutageNotice(new Site("t", "T", "T", "T"), "it", start);
        notice.plan(start, end, "Bảo trì máy chủ", null);
        return notice;
    }
}
