package vn.ttdt.portal.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** The time of publication as the public pages show it: "08:30, 15/06/2023", Vietnam time. */
final class PublicDates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy").withZone(BusinessCalendar.ZONE);

    private PublicDates() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
