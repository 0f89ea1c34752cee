/**
 * Visitor statistics (thống kê truy cập) of the public site, without cookies and without third parties: page views per
 * page, category and day, unique visitors per day by a daily-salted key (no address or browser description stored),
 * the referring sites by host, and the footer's counter (online now, today, total). Views are counted from a beacon
 * the page's script sends after the page is shown, so the cached page stays the same for everyone and crawlers, which
 * rarely run scripts, mostly count themselves out; known robots are left out by their user agent, and one visitor
 * counts at most a few views a minute. Counts are buffered on each node and added to the database every few seconds.
 */
package vn.ttdt.portal.site.statistics;
