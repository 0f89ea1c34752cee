package vn.ttdt.portal.site.rating.domain;

/**
 * A public page that may be rated, as the site publishes it now: its kind and reference, its title, the category its
 * results are counted under, and its local address (where a visitor's browser is sent back after voting).
 */
public record RatedPage(RatingKind kind, String ref, String title, String category, String path) {
}
