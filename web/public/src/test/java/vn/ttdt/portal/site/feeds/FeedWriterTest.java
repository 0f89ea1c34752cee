package vn.ttdt.portal.site.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ttdt.portal.content.application.PublicItem;

class FeedWriterTest {

    private static final SiteUrls URLS = SiteUrls.of("https", "congttdt.example.vn", 443, "");
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    static PublicItem item(String slug, String title, String lead, Instant publishedAt) {
        return new PublicItem(1, slug, "NEWS", title, lead, "<p>x</p>", publishedAt,
                new PublicItem.CategoryRef("cai-cach-hanh-chinh", "Cải cách hành chính"), "UBND xã", List.of("An"), List.of(), null, null, List.of());
    }

    private static String write(List<PublicItem> items) throws Exception {
        StringWriter out = new StringWriter();
        FeedWriter.writeEntries(new FeedWriter.Channel("Trang TTĐT xã Xuân Đường", URLS.home(), URLS.path("/rss"),
                "Tin, bài mới nhất"), FeedWriter.entries(items, URLS), NOW, out);
        return out.toString();
    }

    @Test
    void vietnameseTextSurvivesAndItemsCarryEverythingAReaderNeeds() throws Exception {
        Instant published = Instant.parse("2023-06-15T02:30:00Z");
        Document feed = Xml.parse(write(List.of(item("xa-xuan-duong-cai-cach",
                "Xã Xuân Đường đẩy mạnh cải cách hành chính năm 2023", "Ủy ban nhân dân xã đã họp.", published))));

        Element rss = feed.getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertEquals("Trang TTĐT xã Xuân Đường", Xml.text(channel, "title"));
        assertEquals("vi", Xml.text(channel, "language"));
        assertEquals("https://congttdt.example.vn/", Xml.text(channel, "link"));
        Element self = (Element) channel.getElementsByTagNameNS(FeedWriter.ATOM, "link").item(0);
        assertEquals("https://congttdt.example.vn/rss", self.getAttribute("href"));
        assertEquals("self", self.getAttribute("rel"));

        Element item = (Element) channel.getElementsByTagName("item").item(0);
        assertEquals("Xã Xuân Đường đẩy mạnh cải cách hành chính năm 2023", Xml.text(item, "title"));
        assertEquals("Ủy ban nhân dân xã đã họp.", Xml.text(item, "description"));
        assertEquals("Cải cách hành chính", Xml.text(item, "category"));
        assertEquals("https://congttdt.example.vn/tin/xa-xuan-duong-cai-cach", Xml.text(item, "link"));
        Element guid = (Element) item.getElementsByTagName("guid").item(0);
        assertEquals("true", guid.getAttribute("isPermaLink"));
        assertEquals(Xml.text(item, "link"), guid.getTextContent());
    }

    @Test
    void datesAreRfc1123InGmtAndTheChannelWasBuiltWhenTheNewestItemAppeared() throws Exception {
        Instant newer = Instant.parse("2023-06-15T02:30:00Z");
        Document feed = Xml.parse(write(List.of(item("b", "B", "b", newer),
                item("a", "A", "a", Instant.parse("2023-06-01T17:05:09Z")))));

        NodeList dates = feed.getElementsByTagName("pubDate");
        assertEquals("Thu, 15 Jun 2023 02:30:00 GMT", dates.item(0).getTextContent());
        assertEquals("Thu, 1 Jun 2023 17:05:09 GMT", dates.item(1).getTextContent());
        assertEquals(newer, ZonedDateTime.parse(dates.item(0).getTextContent(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        assertEquals("Thu, 15 Jun 2023 02:30:00 GMT", feed.getElementsByTagName("lastBuildDate").item(0).getTextContent());
    }

    @Test
    void anEmptyChannelWasBuiltNow() throws Exception {
        Document feed = Xml.parse(write(List.of()));
        assertEquals(0, feed.getElementsByTagName("item").getLength());
        assertEquals("Sat, 1 Jun 2024 00:00:00 GMT", feed.getElementsByTagName("lastBuildDate").item(0).getTextContent());
    }

    @Test
    void markupInTitlesIsEscapedNotInterpreted() throws Exception {
        String title = "Thu & chi <b>ngân sách</b> \"2024\" <script>alert(1)</script>";
        String xml = write(List.of(item("thu-chi", title, "A < B && C > D", NOW)));

        assertFalse(xml.contains("<b>"), xml);
        assertFalse(xml.contains("<script>"), xml);
        assertTrue(xml.contains("Thu &amp; chi &lt;b&gt;") || xml.contains("Thu &amp; chi &lt;b>"), xml);
        Element item = (Element) Xml.parse(xml).getElementsByTagName("item").item(0);
        assertEquals(title, Xml.text(item, "title"));
        assertEquals("A < B && C > D", Xml.text(item, "description"));
    }

    @Test
    void charactersXmlCannotCarryAreDroppedSoTheFeedStaysWellFormed() throws Exception {
        String xml = write(List.of(item("x", "Tin\u0001 có\u0000 ký tự lạ\uFFFE 🇻🇳", "lead\u001F", NOW)));
        Element item = (Element) Xml.parse(xml).getElementsByTagName("item").item(0);
        assertEquals("Tin có ký tự lạ 🇻🇳", Xml.text(item, "title"));
        assertEquals("lead", Xml.text(item, "description"));
    }
}
