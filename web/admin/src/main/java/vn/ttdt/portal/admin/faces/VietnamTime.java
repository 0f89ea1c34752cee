package vn.ttdt.portal.admin.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** Shows instants as Vietnamese clock time (Asia/Ho_Chi_Minh), day first. */
@Named("vnTime")
@ApplicationScoped
public class VietnamTime {

    public static final ZoneId ZONE = BusinessCalendar.ZONE;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    public String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** A business date the Vietnamese way: 05/09/2023. */
    public String day(LocalDate date) {
        return date == null ? "" : BusinessCalendar.dayLabel(date);
    }

    public String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
