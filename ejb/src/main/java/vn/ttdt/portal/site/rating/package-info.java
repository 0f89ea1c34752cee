/**
 * Satisfaction ratings of public information pages ("Thông tin có hữu ích không?"): an anonymous score from 1 to 5 with
 * an optional comment, one per browser, page and day, without cookies and without storing network addresses; the
 * results per page and per category for the editorial board. Comments are never shown publicly.
 */
package vn.ttdt.portal.site.rating;
