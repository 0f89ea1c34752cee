package vn.ttdt.portal.site.statistics.domain;

import java.io.Serializable;

/** A page's views in a period, with its title and category as last counted. */
public record PageVisits(PageKind kind, String ref, String title, String category, long views) implements Serializable {
}
