package vn.ttdt.portal.shared.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The announced holidays and make-up working days. */
public interface CalendarDays {

    /** Every announced day from {@code from} to {@code to}, both included. */
    List<CalendarDay> between(LocalDate from, LocalDate to);

    Optional<CalendarDay> on(LocalDate day);

    void add(CalendarDay day);

    void remove(CalendarDay day);
}
