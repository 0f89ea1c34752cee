package vn.ttdt.portal.site.pages.domain;

/**
 * Groups of links to other portals; labels live in the bundles as {@code portalLink.<NAME>}. The first
 * {@link #PROVINCE_SERVICES} link is where the public site's "online public services" menu entry and quick link lead.
 */
public enum PortalLinkKind {
    PROVINCE,
    PROVINCE_SERVICES,
    MINISTRY,
    NATIONAL_SERVICE,
    OTHER
}
