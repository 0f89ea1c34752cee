package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The paging's markup: each link only where there is such a page, the address's query escaped, the numbers formatted. */
class PagingTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static String paging(String base, int number, int count) throws IOException {
        RecordingWriter writer = new RecordingWriter();
        Paging.write(new ItemMarkup(writer, ResourceBundle.getBundle("vn.ttdt.portal.site.ui", VIETNAMESE)), base, number, count,
                VIETNAMESE);
        return writer.markup();
    }

    @Test
    void aMiddlePageLinksToThePagesBeforeAndAfterIt() throws IOException {
        assertEquals("\n  \n  <nav class=\"paging\" aria-label=\"Phân trang\"><a rel=\"prev\" href=\"/the/le-hoi?trang=1\">Trang trước</a>"
                + "\n    <span>Trang 2/3</span><a rel=\"next\" href=\"/the/le-hoi?trang=3\">Trang sau</a>\n  </nav>",
                paging("/the/le-hoi?", 2, 3));
    }

    @Test
    void theFirstAndLastPagesLinkOnlyInward() throws IOException {
        assertEquals("\n  \n  <nav class=\"paging\" aria-label=\"Phân trang\">\n    <span>Trang 1/1</span>\n  </nav>",
                paging("/chuyen-muc/a?", 1, 1));
        assertEquals("\n  \n  <nav class=\"paging\" aria-label=\"Phân trang\">\n    <span>Trang 0/4</span>"
                + "<a rel=\"next\" href=\"/chuyen-muc/a?trang=1\">Trang sau</a>\n  </nav>", paging("/chuyen-muc/a?", 0, 4));
        assertEquals("\n  \n  <nav class=\"paging\" aria-label=\"Phân trang\"><a rel=\"prev\" href=\"/chuyen-muc/a?trang=8\">Trang trước</a>"
                + "\n    <span>Trang 9/4</span>\n  </nav>", paging("/chuyen-muc/a?", 9, 4));
    }

    @Test
    void theQueryIsEscapedAndLargeNumbersGrouped() throws IOException {
        String page = paging("/tim-kiem?q=a%26b+%231&", 1, 1234);
        assertEquals(true, page.contains("href=\"/tim-kiem?q=a%26b+%231&amp;trang=2\""), page);
        assertEquals(true, page.contains("<span>Trang 1/1.234</span>"), page);
    }
}
