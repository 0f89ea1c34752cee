package vn.ttdt.portal.site.feeds;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import vn.ttdt.portal.content.application.PublicItem;

/** Writes an RSS 2.0 channel of published items. */
public final class FeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** What the channel says about itself; {@code link} is the page it mirrors, {@code self} the feed's own address. */
    public record Channel(String title, String link, String self, String description) {
    }

    private FeedWriter() {
    }

    /** One entry of a feed: its title, page, short text, publication and category (null when unknown). */
    public record Entry(String title, String link, String description, Instant published, String category) {
    }

    /** Published items as feed entries, each linking to its page. */
    public static List<Entry> entries(List<PublicItem> items, SiteUrls urls) {
        return items.stream().map(item -> new Entry(item.title(), urls.item(item.slug()), item.lead(),
                item.publishedAt(), item.category() == null ? null : item.category().name())).toList();
    }

    /** Answers with the feed, cacheable by browsers and proxies for five minutes. */
    public static void send(HttpServletResponse response, Channel channel, List<Entry> entries, Instant now)
            throws IOException {
        response.setContentType("application/rss+xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            writeEntries(channel, entries, now, response.getWriter());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The channel and its entries; lastBuildDate is the newest entry's publication, or {@code now} without entries. */
    public static void writeEntries(Channel channel, List<Entry> entries, Instant now, Writer out) throws XMLStreamException {
        Instant built = entries.stream().map(Entry::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(now);
        XmlOut xml = new XmlOut(out);
        xml.start("rss").attribute("version", "2.0");
        xml.stax().writeNamespace("atom", ATOM);
        xml.start("channel").element("title", channel.title()).element("link", channel.link());
        xml.stax().writeEmptyElement("atom", "link", ATOM);
        xml.attribute("href", channel.self()).attribute("rel", "self").attribute("type", "application/rss+xml");
        xml.element("description", channel.description()).element("language", "vi")
                .element("lastBuildDate", RFC_1123.format(built));
        for (Entry entry : entries) {
            xml.start("item").element("title", entry.title()).element("link", entry.link())
                    .start("guid").attribute("isPermaLink", "true").text(entry.link()).end()
                    .element("description", entry.description())
                    .element("pubDate", entry.published() == null ? null : RFC_1123.format(entry.published()))
                    .element("category", entry.category())
                    .end();
        }
        xml.end().end().finish();
    }
}
