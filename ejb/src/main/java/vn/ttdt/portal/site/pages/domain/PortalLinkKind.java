package vn.ttdt.portal.site.pages.domain;

/** Groups of links to other portals; labels live in the bundles as {@code portalLink.<NAME>}. */
public enum PortalLinkKind {
    PROVINCE,
    MINISTRY,
    NATIONAL_SERVICE,
    OTHER
}
