package vn.ttdt.portal.site.statistics.domain;

/** What the statistics show of a counted page: its title and the category its views count under (null for none). */
public record PageTitle(String title, String category) {
}
