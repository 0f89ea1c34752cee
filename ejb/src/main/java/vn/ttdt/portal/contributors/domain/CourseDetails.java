package vn.ttdt.portal.contributors.domain;

import java.time.LocalDate;

/** What a training course is: title, dates, place, trainer, target audience (officials, teachers…), a note. */
public record CourseDetails(String title, LocalDate startsOn, LocalDate endsOn, String place, String trainer, String audience,
                            String note) {
}
