package vn.ttdt.portal.site.statistics.domain;

import java.util.List;
import java.util.Locale;

/**
 * Robots told by their user agent: a request whose {@code User-Agent} is missing, blank, or holds one of
 * {@link #MARKS} (compared in lower case) is not counted. The marks cover search engines' and social networks' crawlers
 * (which name themselves "bot", "crawler", "spider", "slurp", "facebookexternalhit"…), monitoring and preview services,
 * command-line tools and programming libraries, and headless browsers driven by scripts. Visitors with a script-less
 * browser are not counted either: the beacon is sent by the page's script.
 */
public final class BotUserAgents {

    /** Documented in docs/security.md (visitor statistics); keep both in step. */
    public static final List<String> MARKS = List.of(
            "bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit", "facebookcatalog", "embedly", "preview",
            "monitor", "uptime", "pingdom", "lighthouse", "pagespeed", "headlesschrome", "phantomjs", "selenium",
            "puppeteer", "playwright", "curl", "wget", "httpie", "python", "java", "okhttp", "go-http-client", "libwww",
            "perl", "ruby", "php", "node-fetch", "axios", "scrapy", "httpclient", "feedfetcher", "rss", "validator");

    static final int LONGEST = 1000;

    private BotUserAgents() {
    }

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank() || userAgent.length() > LONGEST) {
            return true;
        }
        String lower = userAgent.toLowerCase(Locale.ROOT);
        return MARKS.stream().anyMatch(lower::contains);
    }
}
