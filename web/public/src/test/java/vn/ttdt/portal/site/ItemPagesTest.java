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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.site.feeds.SiteUrls;

/** The item page's frame has a slot for each of the item's parts, and the page writes each of them into its slot. */
class ItemPagesTest {

    private static final Path FRAME = Path.of("src/main/webapp", ItemPages.FRAME);
    private static final Pattern SLOT = Pattern.compile("<shell:slot name=\"([a-z-]+)\"/>|&#xE000;([a-z-]+)&#xE000;");
    private static final PublicItem ITEM = new PublicItem(7, "hoi-nghi", "NEWS", "Hội nghị & <B>", "Sáng nay.", "<p>Nội dung</p>",
            Instant.parse("2024-03-05T01:30:00Z"), new PublicItem.CategoryRef("tin-tuc", "Tin tức"), "Văn phòng UBND",
            List.of("Đỗ Nam"), List.of(), List.of(new PublicItem.RelatedItem("tiep-theo", "Tin tiếp theo",
            Instant.parse("2024-03-01T10:00:00Z"))), null, List.of());

    private static String part(String slot) throws IOException {
        RecordingWriter writer = new RecordingWriter();
        ItemPages.parts(ITEM, SiteUrls.of("http", "portal.test", 80, ""), "Cổng TTĐT").write(slot, writer);
        return writer.markup();
    }

    @Test
    void everySlotOfTheFrameGetsTheItemsPart() throws IOException {
        List<String> slots = SLOT.matcher(Files.readString(FRAME, StandardCharsets.UTF_8)).results()
                .map(m -> m.group(1) != null ? m.group(1) : m.group(2)).toList();
        assertEquals(List.of("title", "head", "article", "ref", "related"), slots);
        assertEquals("Hội nghị &amp; &lt;B&gt;", part("title"));
        assertTrue(part("head").contains("<link rel=\"canonical\" href=\"/tin/hoi-nghi\" />"), part("head"));
        assertTrue(part("article").contains("<h1 id=\"item-title\">Hội nghị &amp; &lt;B&gt;</h1>"), part("article"));
        assertEquals("hoi-nghi", part("ref"));
        assertTrue(part("related").contains("<a href=\"/tin/tiep-theo\">Tin tiếp theo</a>"), part("related"));
    }

    @Test
    void aSlotTheItemPageDoesNotKnowIsAnError() {
        assertThrows(IllegalStateException.class, () -> part("footer"));
    }
}
