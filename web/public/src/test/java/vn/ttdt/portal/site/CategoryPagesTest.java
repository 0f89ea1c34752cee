package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.shared.domain.Page;

/** The category page's frame has a slot for each of its parts, and the page writes each of them into its slot. */
class CategoryPagesTest {

    private static final Path FRAME = Path.of("src/main/webapp", CategoryPages.FRAME);
    private static final Pattern SLOT = Pattern.compile("<shell:slot name=\"([a-z-]+)\"/>");
    private static final CategoryView CATEGORY = new CategoryView(3, "le-hoi", "Lễ hội & <Văn hoá>", "Tin \"lễ hội\"", null, 1, true);
    private static final PublicItem ITEM = new PublicItem(7, "hoi-hoa", "NEWS", "Hội hoa xuân", "Sáng nay.", "<p>Nội dung</p>",
            Instant.parse("2024-03-05T01:30:00Z"), new PublicItem.CategoryRef("le-hoi", "Lễ hội"), "Văn phòng UBND",
            List.of(), List.of(), List.of(), null, List.of());

    private static String part(String slot, Page<PublicItem> items, int number) throws IOException {
        RecordingWriter writer = new RecordingWriter();
        CategoryPages.parts(CATEGORY, items, number).write(slot, writer);
        return writer.markup();
    }

    @Test
    void everySlotOfTheFrameGetsTheCategorysPart() throws IOException {
        List<String> slots = SLOT.matcher(Files.readString(FRAME, StandardCharsets.UTF_8)).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("name", "head", "name", "name", "description", "listing"), slots);
        Page<PublicItem> items = new Page<>(List.of(ITEM), 25);
        assertEquals("Lễ hội &amp; &lt;Văn hoá&gt;", part("name", items, 2));
        assertEquals("\n    <link rel=\"alternate\" type=\"application/rss+xml\" title=\"Lễ hội &amp; &lt;Văn hoá&gt;\" href=\"/rss/le-hoi\" />",
                part("head", items, 2));
        assertEquals("Tin \"lễ hội\"", part("description", items, 2));
        String listing = part("listing", items, 2);
        assertTrue(listing.startsWith("<ol class=\"item-list\" id=\"category-items\"><li class=\"item-card\">"), listing);
        assertTrue(listing.contains("<h2><a href=\"/tin/hoi-hoa\">Hội hoa xuân</a></h2>"), listing);
        assertTrue(listing.endsWith("</ol>\n  \n  <nav class=\"paging\" aria-label=\"Phân trang\"><a rel=\"prev\" href=\"/chuyen-muc/le-hoi?trang=1\">"
                + "Trang trước</a>\n    <span>Trang 2/3</span><a rel=\"next\" href=\"/chuyen-muc/le-hoi?trang=3\">Trang sau</a>\n  </nav>"), listing);
    }

    @Test
    void anEmptyCategorySaysSo() throws IOException {
        assertEquals("<p>Chuyên mục chưa có tin, bài.</p><ol class=\"item-list\" id=\"category-items\"></ol>"
                + "\n  \n  <nav class=\"paging\" aria-label=\"Phân trang\">\n    <span>Trang 1/1</span>\n  </nav>",
                part("listing", new Page<>(List.of(), 0), 1));
    }

    @Test
    void aPageIsAWholeNumberNoneIsTheFirstAndABlankOneZero() {
        assertEquals(OptionalInt.of(1), CategoryPages.pageNumber(null));
        assertEquals(OptionalInt.of(0), CategoryPages.pageNumber(""));
        assertEquals(OptionalInt.of(0), CategoryPages.pageNumber(" "));
        assertEquals(OptionalInt.of(7), CategoryPages.pageNumber("007"));
        assertEquals(OptionalInt.of(3), CategoryPages.pageNumber(" 3 "));
        assertEquals(OptionalInt.of(-2), CategoryPages.pageNumber("-2"));
        assertEquals(OptionalInt.empty(), CategoryPages.pageNumber("hai"));
        assertEquals(OptionalInt.empty(), CategoryPages.pageNumber("2.5"));
        assertEquals(OptionalInt.empty(), CategoryPages.pageNumber("99999999999"));
    }

    @Test
    void aSlotTheCategoryPageDoesNotKnowIsAnError() {
        assertThrows(IllegalStateException.class, () -> part("footer", new Page<>(List.of(), 0), 1));
    }
}
