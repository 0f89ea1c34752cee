package vn.ttdt.portal.royalty.domain;

/** How a work's royalty is adjusted from its genre's: not at all, as a translation, or as a repost from another source. */
public enum Adjustment {
    NONE,
    /** Translated work: paid a percentage of its genre within the translation band. */
    TRANSLATION,
    /** Reposted from another source: not paid unless marked payable. */
    REPOST;

    public String labelKey() {
        return "adjustment." + name();
    }
}
