package vn.ttdt.portal.site.statistics.domain;

/** The kinds of public page whose views are counted. */
public enum PageKind {
    /** The home page. */
    HOME,
    /** A news item or article, by slug. */
    ITEM,
    /** A category's list, by slug. */
    CATEGORY,
    /** A legal document, by slug. */
    LEGAL_DOCUMENT,
    /** An administrative procedure, by code. */
    PROCEDURE,
    /** Any other page of the site (lists, search, questions, the site's information), by its section's address. */
    OTHER;

    public String labelKey() {
        return "visits.kind." + name();
    }
}
