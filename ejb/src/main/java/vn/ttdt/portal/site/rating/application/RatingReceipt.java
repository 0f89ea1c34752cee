package vn.ttdt.portal.site.rating.application;

/** The outcome of a vote and the local address of the rated page, where a browser without scripts goes back to. */
public record RatingReceipt(RatingOutcome outcome, String path) {
}
