package vn.ttdt.portal.site.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RobotsServletTest {

    @Test
    void keepsCrawlersOutOfTheBackOfficeAndPointsAtTheSitemap() {
        assertEquals("User-agent: *\nDisallow: /admin/\nSitemap: https://example.vn/sitemap.xml\n",
                RobotsServlet.text(SiteUrls.of("https", "example.vn", 443, "")));
    }
}
