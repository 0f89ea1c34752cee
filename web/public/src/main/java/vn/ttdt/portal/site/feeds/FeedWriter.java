package vn.ttdt.portal.site.feeds;

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

    /** The channel and its items; lastBuildDate is the newest item's publication, or {@code now} without items. */
    public static void write(Channel channel, List<PublicItem> items, SiteUrls urls, Instant now, Writer out)
            throws XMLStreamException {
        Instant built = items.stream().map(PublicItem::publishedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(now);
        XmlOut xml = new XmlOut(out);
        xml.start("rss").attribute("version", "2.0");
        xml.stax().writeNamespace("atom", ATOM);
        xml.start("channel").element("title", channel.title()).element("link", channel.link());
        xml.stax().writeEmptyElement("atom", "link", ATOM);
        xml.attribute("href", channel.self()).attribute("rel", "self").attribute("type", "application/rss+xml");
        xml.element("description", channel.description()).element("language", "vi")
                .element("lastBuildDate", RFC_1123.format(built));
        for (PublicItem item : items) {
            String link = urls.item(item.slug());
            xml.start("item").element("title", item.title()).element("link", link)
                    .start("guid").attribute("isPermaLink", "true").text(link).end()
                    .element("description", item.lead())
                    .element("pubDate", item.publishedAt() == null ? null : RFC_1123.format(item.publishedAt()))
                    .element("category", item.category() == null ? null : item.category().name())
                    .end();
        }
        xml.end().end().finish();
    }
}
