package vn.ttdt.portal.questions.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/**
 * A reminder owed to the unit that has not answered a forwarded question: {@link Kind#DUE_SOON} once, two working days
 * before its deadline, {@link Kind#OVERDUE} on every working day after it, with the working days late. Nothing on a day
 * off. A due-soon reminder missed on its day (the server was down) is owed on the next working day up to the deadline,
 * with the working days then left; none is owed to a question forwarded after its two-days-before day.
 */
public record Chase(Kind kind, int workingDays) {

    public static final int DAYS_BEFORE = 2;

    public enum Kind { DUE_SOON, OVERDUE }

    /**
     * The reminder owed on {@code today} for an unanswered question forwarded on {@code forwardedOn} and due by the
     * close of {@code deadline}, if any, knowing whether its due-soon reminder went out already.
     */
    public static Optional<Chase> owedOn(WorkingCalendar calendar, LocalDate forwardedOn, LocalDate deadline, LocalDate today,
                                         boolean dueSoonSent) {
        if (deadline == null || !calendar.isWorkingDay(today)) {
            return Optional.empty();
        }
        if (today.isAfter(deadline)) {
            return Optional.of(new Chase(Kind.OVERDUE, calendar.workingDaysAfter(deadline, today)));
        }
        int left = calendar.workingDaysAfter(today, deadline);
        boolean forwardedInTime = forwardedOn == null || calendar.workingDaysAfter(forwardedOn, deadline) >= DAYS_BEFORE;
        if (left <= DAYS_BEFORE && !dueSoonSent && forwardedInTime) {
            return Optional.of(new Chase(Kind.DUE_SOON, left));
        }
        return Optional.empty();
    }
}
