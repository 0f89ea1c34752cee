package vn.ttdt.portal.site.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.shared.domain.Page;

class SitemapTest {

    private static final SiteUrls URLS = SiteUrls.of("https", "example.vn", 443, "");
    private static final List<CategoryView> CATEGORIES = List.of(
            new CategoryView(1, "cai-cach-hanh-chinh", "Cải cách hành chính", null, null, 1, true),
            new CategoryView(2, "du-lich", "Du lịch", null, null, 2, true));

    /** {@code count} items, newest first, one a day back from 2024-01-31 17:30 UTC (00:30 next day in Vietnam). */
    private static List<PublicItem> items(int count) {
        Instant newest = Instant.parse("2024-01-31T17:30:00Z");
        return IntStream.range(0, count).mapToObj(i -> FeedWriterTest.item("tin-" + i, "Tin " + i, "",
                newest.minusSeconds(86_400L * i))).toList();
    }

    private static List<Sitemap.Entry> collect(List<PublicItem> all, List<Integer> offsets) {
        return Sitemap.collect(URLS, CATEGORIES, offset -> {
            offsets.add(offset);
            return new Page<>(all.subList(Math.min(offset, all.size()), Math.min(offset + Sitemap.PAGE_SIZE, all.size())),
                    all.size());
        });
    }

    @Test
    void homeThenCategoriesThenEveryItemPagedTwoHundredAtATime() {
        List<Integer> offsets = new ArrayList<>();
        List<Sitemap.Entry> entries = collect(items(450), offsets);

        assertEquals(List.of(0, 200, 400), offsets);
        assertEquals(1 + 2 + 450, entries.size());
        assertEquals(new Sitemap.Entry("https://example.vn/", LocalDate.of(2024, 2, 1)), entries.get(0));
        assertEquals(new Sitemap.Entry("https://example.vn/chuyen-muc/cai-cach-hanh-chinh", LocalDate.of(2024, 2, 1)),
                entries.get(1));
        assertEquals(new Sitemap.Entry("https://example.vn/chuyen-muc/du-lich", null), entries.get(2));
        assertEquals(new Sitemap.Entry("https://example.vn/tin/tin-0", LocalDate.of(2024, 2, 1)), entries.get(3));
        assertEquals("https://example.vn/tin/tin-449", entries.get(452).loc());
    }

    @Test
    void noItemsStillListsHomeAndCategories() {
        List<Integer> offsets = new ArrayList<>();
        List<Sitemap.Entry> entries = collect(List.of(), offsets);
        assertEquals(List.of(0), offsets);
        assertEquals(3, entries.size());
        assertNull(entries.get(0).lastmod());
    }

    @Test
    void stopsAtFiftyThousandAddresses() {
        List<Integer> offsets = new ArrayList<>();
        List<Sitemap.Entry> entries = collect(items(60_000), offsets);
        assertEquals(Sitemap.MAX_URLS, entries.size());
        assertEquals(250, offsets.size());
        assertEquals("https://example.vn/tin/tin-49996", entries.get(entries.size() - 1).loc());
    }

    @Test
    void writesAUrlsetInTheSitemapsNamespace() throws Exception {
        StringWriter out = new StringWriter();
        Sitemap.write(List.of(new Sitemap.Entry("https://example.vn/", LocalDate.of(2024, 2, 1)),
                new Sitemap.Entry("https://example.vn/chuyen-muc/du-lich", null)), out);
        Document xml = Xml.parse(out.toString());

        Element urlset = xml.getDocumentElement();
        assertEquals(Sitemap.NAMESPACE, urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        assertEquals(2, urlset.getElementsByTagNameNS(Sitemap.NAMESPACE, "url").getLength());
        Element first = (Element) urlset.getElementsByTagNameNS(Sitemap.NAMESPACE, "url").item(0);
        assertEquals("https://example.vn/", Xml.text(first, "loc"));
        assertEquals("2024-02-01", Xml.text(first, "lastmod"));
        Element second = (Element) urlset.getElementsByTagNameNS(Sitemap.NAMESPACE, "url").item(1);
        assertEquals(0, second.getElementsByTagNameNS(Sitemap.NAMESPACE, "lastmod").getLength());
    }

    @Test
    void aSectionFollowsTheEntriesWithItsPagesAndRowsAsFarAsThereIsRoom() {
        List<Integer> rows = IntStream.rangeClosed(1, 450).boxed().toList();
        List<Integer> asked = new ArrayList<>();
        List<Sitemap.Entry> before = List.of(new Sitemap.Entry("https://x/", null));

        List<Sitemap.Entry> all = Sitemap.section(before, List.of(new Sitemap.Entry("https://x/van-ban", null)), offset -> {
            asked.add(offset);
            return new Page<>(rows.subList(Math.min(offset, rows.size()), Math.min(offset + Sitemap.PAGE_SIZE, rows.size())),
                    rows.size());
        }, n -> new Sitemap.Entry("https://x/van-ban/" + n, null));

        assertEquals(452, all.size());
        assertEquals("https://x/van-ban", all.get(1).loc());
        assertEquals("https://x/van-ban/450", all.get(451).loc());
        assertEquals(List.of(0, 200, 400), asked);

        List<Sitemap.Entry> full = IntStream.range(0, Sitemap.MAX_URLS - 2).mapToObj(n -> new Sitemap.Entry("https://x/" + n, null)).toList();
        asked.clear();
        List<Sitemap.Entry> topped = Sitemap.section(full, List.of(new Sitemap.Entry("https://x/van-ban", null)), offset -> {
            asked.add(offset);
            return new Page<>(rows.subList(offset, offset + Sitemap.PAGE_SIZE), rows.size());
        }, n -> new Sitemap.Entry("https://x/van-ban/" + n, null));

        assertEquals(Sitemap.MAX_URLS, topped.size());
        assertEquals("https://x/van-ban/1", topped.get(Sitemap.MAX_URLS - 1).loc());
        assertEquals(List.of(0), asked);
    }
}
