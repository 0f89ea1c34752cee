package vn.ttdt.portal.admin.royalty;

import java.time.Clock;
import java.time.YearMonth;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** The month a royalty screen works on, typed as 2023-09; the previous month by default (the one finance pays). */
final class MonthField {

    private MonthField() {
    }

    static String lastMonth(Clock clock) {
        return YearMonth.from(clock.instant().atZone(BusinessCalendar.ZONE)).minusMonths(1).toString();
    }

    static String orLastMonth(String requested, Clock clock) {
        return requested == null || requested.isBlank() ? lastMonth(clock) : requested.strip();
    }
}
