package vn.ttdt.portal.site.rating.application;

/** What became of a vote; texts {@code rating.outcome.<NAME>} in the bundles, fragments for the page without scripts. */
public enum RatingOutcome {
    /** Counted. */
    RECORDED("danh-gia-da-ghi-nhan"),
    /** This browser rated this page today already: not counted again. */
    ALREADY_TODAY("danh-gia-da-co"),
    /** Too many votes from this visitor within the hour. */
    TOO_MANY("danh-gia-qua-nhieu"),
    /** No score from 1 to 5, or a comment too long. */
    INVALID("danh-gia-chua-hop-le");

    private final String fragment;

    RatingOutcome(String fragment) {
        this.fragment = fragment;
    }

    /** The id of the element of the rating form that explains the outcome (shown by {@code :target}). */
    public String fragment() {
        return fragment;
    }
}
