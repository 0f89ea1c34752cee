package vn.ttdt.portal.site.statistics.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** A day's page views and its visitors (each counted once that day). */
public record DayVisits(LocalDate day, long views, long visitors) implements Serializable {
}
