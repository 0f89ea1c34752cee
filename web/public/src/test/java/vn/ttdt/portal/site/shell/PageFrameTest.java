package vn.ttdt.portal.site.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.site.RecordingWriter;

/** A frame is cut at its slots' markers and written with each slot's part in its place, escaped by the frame's writer. */
class PageFrameTest {

    private static PageFrame frame(String markup) {
        return PageFrame.of(markup, "text/html", "UTF-8", new RecordingWriter());
    }

    private static String written(PageFrame frame, PageFrame.Parts parts) throws IOException {
        return new String(frame.write(parts), StandardCharsets.UTF_8);
    }

    @Test
    void thePartsGoWhereTheirSlotsWereAndTheRestStandsAsWritten() throws IOException {
        PageFrame frame = frame("<title>" + PageFrame.marker("title") + " — Cổng</title><input value=\""
                + PageFrame.marker("ref") + "\"/><main>" + PageFrame.marker("article") + "</main>");
        assertEquals(List.of("title", "ref", "article"), frame.slots());
        String page = written(frame, (slot, out) -> {
            switch (slot) {
                case "title" -> out.writeText("A & <B>", null);
                case "ref" -> out.write("hoi-nghi");
                default -> {
                    out.startElement("p", null);
                    out.writeText("Nội dung", null);
                    out.endElement("p");
                }
            }
        });
        assertEquals("<title>A &amp; &lt;B&gt; — Cổng</title><input value=\"hoi-nghi\"/><main><p>Nội dung</p></main>", page);
    }

    @Test
    void aFrameWithoutSlotsIsWrittenAsItStands() throws IOException {
        PageFrame frame = frame("<p>chỉ khung</p>");
        assertEquals(List.of(), frame.slots());
        assertEquals("<p>chỉ khung</p>", written(frame, (slot, out) -> {
            throw new AssertionError(slot);
        }));
    }

    @Test
    void aMarkerLeftOpenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> frame("<p>" + PageFrame.MARK + "title</p>"));
    }
}
