package vn.ttdt.portal.site;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The paging under a listing (category, keyword, search, procedures): "Trang trước", "Trang n/m", "Trang sau", each link
 * only where there is such a page. The one definition of that markup, written by {@link PagingLinks} in the paging
 * template and by {@link CategoryPages} into the category page's frame; it starts with the blank line the template
 * always wrote before the {@code nav}.
 */
final class Paging {

    private Paging() {
    }

    /**
     * @param base   the listing's address with its query, ending in {@code ?} or {@code &}
     * @param number the page shown, as asked for (not bounded)
     * @param count  the listing's pages, at least 1
     * @param locale the numbers' locale, as {@code h:outputFormat} formatted them
     */
    static void write(ItemMarkup out, String base, int number, int count, Locale locale) throws IOException {
        out.raw("\n  \n  ").start("nav", "class", "paging", "aria-label", out.labelText("paging.label"));
        if (number > 1) {
            out.start("a", "rel", "prev", "href", base + "trang=" + (number - 1)).label("paging.previous").end("a");
        }
        out.raw("\n    <span>")
                .text(new MessageFormat(out.labelText("paging.of"), locale).format(new Object[] {number, count}))
                .raw("</span>");
        if (number < count) {
            out.start("a", "rel", "next", "href", base + "trang=" + (number + 1)).label("paging.next").end("a");
        }
        out.raw("\n  ").end("nav");
    }
}
