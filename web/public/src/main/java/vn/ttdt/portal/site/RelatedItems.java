package vn.ttdt.portal.site;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import vn.ttdt.portal.content.application.PublicItem;

/**
 * "Tin liên quan" under an item: the items to read next, linked, with their dates; nothing when there are none. One
 * component writes the list ({@link ItemMarkup}) instead of a repeat evaluating four expressions per item.
 * <p>
 * Attribute: {@code item}.
 */
@FacesComponent(value = RelatedItems.TYPE, createTag = true, tagName = "relatedItems", namespace = ItemCards.NAMESPACE)
public class RelatedItems extends SelfRenderingComponent {

    static final String TYPE = "vn.ttdt.portal.site.RelatedItems";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        PublicItem item = ItemMarkup.item(this);
        if (item.related() == null || item.related().isEmpty()) {
            return;
        }
        ItemMarkup out = new ItemMarkup(context, this);
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
