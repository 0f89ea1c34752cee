package vn.ttdt.portal.site.notices.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A planned outage as the back-office lists it, with the first day its banner shows. */
public record OutageNoticeView(long id, Instant startsAt, Instant endsAt, String reason, String reasonEn, boolean cancelled,
                               LocalDate showsFrom, String scheduledBy, long version) implements Serializable {
}
