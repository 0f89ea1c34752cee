package vn.ttdt.portal.site.statistics.domain;

import java.io.Serializable;

/** The views of a category's pages in a period: its list and its items (legal documents by type, procedures by field). */
public record CategoryVisits(String category, long views) implements Serializable {
}
