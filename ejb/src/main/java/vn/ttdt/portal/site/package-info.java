/**
 * The site's own information (giới thiệu): the introduction's pages, tourist sites, the organisation chart with its
 * leaders, links to other portals ({@code pages}), and the planned-outage notices shown on the public site
 * ({@code notices}). The organisation, leaders and contact pages are also published in English.
 */
package vn.ttdt.portal.site;
