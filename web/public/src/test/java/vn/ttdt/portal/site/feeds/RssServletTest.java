package vn.ttdt.portal.site.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.organisation.application.SiteInfo;

class RssServletTest {

    private static final SiteInfo SITE = new SiteInfo("Trang TTĐT xã Xuân Đường", "Xuân Đường", "UBND huyện", "", "",
            "", "", "");
    private static final SiteUrls URLS = SiteUrls.of("http", "localhost", 8080, "");

    @Test
    void onlyPlainSlugsNameACategory() {
        assertEquals(Optional.of("du-lich"), RssServlet.categorySlug("/du-lich"));
        assertEquals(Optional.of("du-lich"), RssServlet.categorySlug("/du-lich/"));
        for (String odd : new String[] {null, "", "/", "/Du-Lich", "/du lich", "/du-lich/x", "/../admin", "/dú-lịch",
                "/" + "a".repeat(141)}) {
            assertEquals(Optional.empty(), RssServlet.categorySlug(odd), odd);
        }
    }

    @Test
    void theSiteChannelPointsHome() {
        FeedWriter.Channel channel = RssServlet.channel(SITE, null, URLS);
        assertEquals("Trang TTĐT xã Xuân Đường", channel.title());
        assertEquals("http://localhost:8080/", channel.link());
        assertEquals("http://localhost:8080/rss", channel.self());
    }

    @Test
    void aCategoryChannelIsNamedAfterSiteAndCategory() {
        CategoryView category = new CategoryView(3, "du-lich", "Du lịch", null, null, 1, true);
        FeedWriter.Channel channel = RssServlet.channel(SITE, category, URLS);
        assertEquals("Trang TTĐT xã Xuân Đường – Du lịch", channel.title());
        assertEquals("http://localhost:8080/chuyen-muc/du-lich", channel.link());
        assertEquals("http://localhost:8080/rss/du-lich", channel.self());
        assertEquals("Điểm đến", RssServlet.channel(SITE,
                new CategoryView(3, "du-lich", "Du lịch", "Điểm đến", null, 1, true), URLS).description());
    }
}
