package vn.ttdt.portal.site.statistics.domain;

import java.io.Serializable;

/** The views that came from another site in a period, by its host. */
public record ReferrerVisits(String host, long views) implements Serializable {
}
