package vn.ttdt.portal.content.domain;

/**
 * The royalty genre of a work (thể loại), which decides its coefficient band (Nghị định 18/2014
 * annex); the bands themselves are effective-dated data of the royalty context.
 */
public enum Genre {
    NEWS_OR_REPLY,
    DRAWING,
    PHOTO,
    COMMENTARY,
    REPORTAGE_MEMOIR_INTERVIEW,
    LITERARY,
    RESEARCH,
    LIVE_MEDIA;

    public String labelKey() {
        return "genre." + name();
    }
}
