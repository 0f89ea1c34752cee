package vn.ttdt.portal.site.statistics.domain;

/** The views that came from another site in a period, by its host. */
public record ReferrerVisits(String host, long views) {
}
