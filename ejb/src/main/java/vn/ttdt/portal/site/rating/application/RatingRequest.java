package vn.ttdt.portal.site.rating.application;

/** A vote as the public form or script sends it: the page's kind and reference, the score as typed, an optional comment. */
public record RatingRequest(String kind, String ref, String score, String comment) {
}
