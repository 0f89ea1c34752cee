package vn.ttdt.portal.site;

import java.io.IOException;
import vn.ttdt.portal.content.application.PublicItem;

/**
 * "Tin liên quan" under an item: the items to read next, linked, with their dates; nothing when there are none
 * ({@link ItemMarkup}), instead of a repeat evaluating four expressions per item.
 */
final class RelatedItems {

    private RelatedItems() {
    }

    static void write(ItemMarkup out, PublicItem item) throws IOException {
        if (item.related() == null || item.related().isEmpty()) {
            return;
        }
        out.raw("\n      <section class=\"item-related\" aria-labelledby=\"related-title\">\n        <h2 id=\"related-title\">")
                .label("item.related").raw("</h2>\n        <ul id=\"related-items\">");
        for (PublicItem.RelatedItem next : item.related()) {
            out.raw("\n            <li>").start("a", "href", "/tin/" + next.slug()).text(next.title()).end("a").raw(" ")
                    .start("time", "class", "item-meta", "datetime", String.valueOf(next.publishedAt()))
                    .text(PublicDates.format(next.publishedAt())).end("time").raw("</li>");
        }
        out.raw("\n        </ul>\n      </section>");
    }
}
