package vn.ttdt.portal.contributors.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the yearly list of training courses: what, when, where, by whom, for whom, how many enrolled and attended. */
public record CourseSummary(long id, String title, LocalDate startsOn, LocalDate endsOn, String place, String trainer,
                            String audience, int participants, long attended) implements Serializable {
}
