package vn.ttdt.portal.site.rating.domain;

/** The kinds of public information page a rating is given to; each names its page by a slug or code. */
public enum RatingKind {
    /** A news item or article, by slug. */
    ITEM,
    /** A legal document, by slug. */
    LEGAL_DOCUMENT,
    /** An administrative procedure, by code. */
    PROCEDURE,
    /** A page of the site itself, by name (the published answers: {@code hoi-dap}). */
    PAGE;

    public String labelKey() {
        return "rating.kind." + name();
    }
}
