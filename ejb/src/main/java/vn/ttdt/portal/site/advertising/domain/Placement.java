package vn.ttdt.portal.site.advertising.domain;

/** Where on the public site a contract's banners appear. Labels: {@code placement.<NAME>} in the bundles. */
public enum Placement {
    /** On the home page, below the latest news. */
    HOME,
    /** On every public page, above the footer. */
    EVERY_PAGE;

    public String labelKey() {
        return "placement." + name();
    }
}
