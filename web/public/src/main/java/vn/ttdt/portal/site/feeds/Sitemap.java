package vn.ttdt.portal.site.feeds;

import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamException;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.shared.domain.Page;

/**
 * A sitemaps.org list of the home page, the visible categories and the published items (newest first), at most
 * {@value #MAX_URLS} addresses; lastmod is the day (Vietnam time) of the newest item a page shows.
 */
public final class Sitemap {

    public static final int MAX_URLS = 50_000;
    public static final int PAGE_SIZE = 200;
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final ZoneId VIETNAM = vn.ttdt.portal.shared.domain.BusinessCalendar.ZONE;

    /** One address and the day it last changed, or null if unknown. */
    public record Entry(String loc, LocalDate lastmod) {
    }

    private Sitemap() {
    }

    /** @param pages the published items from an offset on, {@value #PAGE_SIZE} at a time, newest first */
    public static List<Entry> collect(SiteUrls urls, List<CategoryView> categories, IntFunction<Page<PublicItem>> pages) {
        List<CategoryView> listed = categories.stream().limit(MAX_URLS - 1).toList();
        int room = MAX_URLS - 1 - listed.size();
        List<Entry> items = new ArrayList<>();
        Map<String, LocalDate> newestByCategory = new HashMap<>();
        LocalDate newest = null;
        for (int offset = 0; items.size() < room; offset += PAGE_SIZE) {
            Page<PublicItem> page = pages.apply(offset);
            for (PublicItem item : page.items()) {
                if (items.size() == room) {
                    break;
                }
                LocalDate day = item.publishedAt() == null ? null : LocalDate.ofInstant(item.publishedAt(), VIETNAM);
                items.add(new Entry(urls.item(item.slug()), day));
                if (day != null) {
                    newest = newest == null || day.isAfter(newest) ? day : newest;
                    if (item.category() != null) {
                        newestByCategory.merge(item.category().slug(), day, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
            if (page.items().isEmpty() || offset + PAGE_SIZE >= page.total()) {
                break;
            }
        }
        List<Entry> all = new ArrayList<>(1 + listed.size() + items.size());
        all.add(new Entry(urls.home(), newest));
        listed.forEach(c -> all.add(new Entry(urls.category(c.slug()), newestByCategory.get(c.slug()))));
        all.addAll(items);
        return all;
    }

    public static void write(List<Entry> entries, Writer out) throws XMLStreamException {
        XmlOut xml = new XmlOut(out);
        xml.start("urlset");
        xml.stax().writeDefaultNamespace(NAMESPACE);
        for (Entry entry : entries) {
            xml.start("url").element("loc", entry.loc())
                    .element("lastmod", entry.lastmod() == null ? null : entry.lastmod().toString()).end();
        }
        xml.end().finish();
    }

    /**
     * {@code entries} followed by a section's own pages ({@code heads}) and its rows, read {@value #PAGE_SIZE} at a
     * time from an offset on while the sitemap has room, at most {@value #MAX_URLS} addresses in all.
     */
    public static <T> List<Entry> section(List<Entry> entries, List<Entry> heads, IntFunction<Page<T>> pages,
                                          Function<T, Entry> entry) {
        List<Entry> all = append(entries, heads);
        for (int offset = 0; all.size() < MAX_URLS; offset += PAGE_SIZE) {
            Page<T> page = pages.apply(offset);
            page.items().stream().limit(MAX_URLS - all.size()).map(entry).forEach(all::add);
            if (page.items().isEmpty() || offset + PAGE_SIZE >= page.total()) {
                break;
            }
        }
        return all;
    }

    /** {@code entries} followed by {@code more}, at most {@value #MAX_URLS} in all. */
    public static List<Entry> append(List<Entry> entries, List<Entry> more) {
        List<Entry> all = new ArrayList<>(entries);
        more.stream().limit(Math.max(0, MAX_URLS - entries.size())).forEach(all::add);
        return all;
    }
}
