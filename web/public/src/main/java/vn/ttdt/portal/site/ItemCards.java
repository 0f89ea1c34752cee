package vn.ttdt.portal.site;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.application.PublicPhoto;
import vn.ttdt.portal.content.media.application.MediaView;

/**
 * A list of items as cards: thumbnail of the cover, linked title, date with the source unit or the
 * category, and lead. One component writes the whole list: the cards are the bulk of the category,
 * tag, search and home pages, and a {@code ui:repeat} evaluating a dozen expressions per card cost
 * more than the rest of the page. Texts are escaped by the response writer; with {@code highlight}
 * the title and lead come from {@link Highlighter}, which escapes them itself.
 * <p>
 * Attributes: {@code items} (the list), {@code listId}, {@code heading} ({@code h2} or {@code h3}),
 * {@code meta} ({@code unit} or {@code category}), {@code covers} (default true), {@code leads} (default true),
 * {@code highlight} (the searched words, or none).
 */
@FacesComponent(value = ItemCards.TYPE, createTag = true, tagName = "itemCards", namespace = ItemCards.NAMESPACE)
public class ItemCards extends SelfRenderingComponent {

    static final String TYPE = "vn.ttdt.portal.site.ItemCards";
    static final String NAMESPACE = "urn:ttdt:site";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        String heading = "h3".equals(attribute("heading")) ? "h3" : "h2";
        boolean byCategory = "category".equals(attribute("meta"));
        boolean covers = !Boolean.FALSE.equals(getAttributes().get("covers"));
        boolean leads = !Boolean.FALSE.equals(getAttributes().get("leads"));
        String highlight = attribute("highlight");
        Set<String> marked = highlight == null ? null : Highlighter.words(highlight);
        out.startElement("ol", this);
        out.writeAttribute("class", "item-list", null);
        String listId = attribute("listId");
        if (listId != null) {
            out.writeAttribute("id", listId, null);
        }
        for (PublicItem item : items()) {
            PublicPhoto cover = covers ? item.cover() : null;
            out.startElement("li", this);
            out.writeAttribute("class", cover == null ? "item-card" : "item-card with-cover", null);
            if (cover != null) {
                thumbnail(out, cover);
            }
            out.startElement("div", this);
            out.writeAttribute("class", "item-card-text", null);
            out.startElement(heading, this);
            out.startElement("a", this);
            out.writeAttribute("href", "/tin/" + item.slug(), null);
            text(out, item.title(), marked);
            out.endElement("a");
            out.endElement(heading);
            out.startElement("p", this);
            out.writeAttribute("class", "item-meta", null);
            out.startElement("time", this);
            out.writeAttribute("datetime", String.valueOf(item.publishedAt()), null);
            out.writeText(PublicDates.format(item.publishedAt()), null);
            out.endElement("time");
            out.writeText(" · " + (byCategory ? item.category().name() : item.sourceUnit()), null);
            out.endElement("p");
            if (leads) {
                out.startElement("p", this);
                text(out, item.lead(), marked);
                out.endElement("p");
            }
            out.endElement("div");
            out.endElement("li");
        }
        out.endElement("ol");
    }

    private void thumbnail(ResponseWriter out, PublicPhoto cover) throws IOException {
        MediaView.RenditionLink thumbnail = cover.thumbnail();
        out.startElement("img", this);
        out.writeAttribute("class", "item-thumb", null);
        out.writeAttribute("src", thumbnail.url(), null);
        out.writeAttribute("width", thumbnail.width(), null);
        out.writeAttribute("height", thumbnail.height(), null);
        out.writeAttribute("alt", "", null);
        out.writeAttribute("loading", "lazy", null);
        out.endElement("img");
    }

    private static void text(ResponseWriter out, String text, Set<String> marked) throws IOException {
        if (marked == null) {
            out.writeText(text == null ? "" : text, null);
        } else {
            out.write(Highlighter.mark(text, marked));
        }
    }

    @SuppressWarnings("unchecked")
    private List<PublicItem> items() {
        Object items = getAttributes().get("items");
        return items == null ? List.of() : (List<PublicItem>) items;
    }

    private String attribute(String name) {
        Object value = getAttributes().get(name);
        return value == null ? null : value.toString();
    }
}
