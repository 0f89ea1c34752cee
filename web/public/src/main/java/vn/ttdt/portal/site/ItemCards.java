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
 * {@code highlight} (the searched words, or none). The category page writes the same markup without this component
 * ({@link #write}).
 */
@FacesComponent(value = ItemCards.TYPE, createTag = true, tagName = "itemCards", namespace = ItemCards.NAMESPACE)
public class ItemCards extends SelfRenderingComponent {

    static final String TYPE = "vn.ttdt.portal.site.ItemCards";
    static final String NAMESPACE = "urn:ttdt:site";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        String highlight = attribute("highlight");
        Layout layout = new Layout(attribute("listId"), "h3".equals(attribute("heading")) ? "h3" : "h2",
                "category".equals(attribute("meta")), !Boolean.FALSE.equals(getAttributes().get("covers")),
                !Boolean.FALSE.equals(getAttributes().get("leads")), highlight == null ? null : Highlighter.words(highlight));
        write(context.getResponseWriter(), items(), layout);
    }

    /**
     * How a list's cards look: the list's id (or none), the title's heading ({@code h2} or {@code h3}), whether the
     * meta line names the category (else the source unit), whether covers and leads show, and the searched words to
     * mark (or none).
     */
    record Layout(String listId, String heading, boolean byCategory, boolean covers, boolean leads, Set<String> marked) {

        /** A listing's cards: headings h2, the source unit, covers and leads, nothing marked. */
        static Layout listing(String listId) {
            return new Layout(listId, "h2", false, true, true, null);
        }
    }

    /** The list of {@code items} as cards, the markup this component writes. */
    static void write(ResponseWriter out, List<PublicItem> items, Layout layout) throws IOException {
        String heading = layout.heading();
        Set<String> marked = layout.marked();
        out.startElement("ol", null);
        out.writeAttribute("class", "item-list", null);
        if (layout.listId() != null) {
            out.writeAttribute("id", layout.listId(), null);
        }
        for (PublicItem item : items) {
            PublicPhoto cover = layout.covers() ? item.cover() : null;
            out.startElement("li", null);
            out.writeAttribute("class", cover == null ? "item-card" : "item-card with-cover", null);
            if (cover != null) {
                thumbnail(out, cover);
            }
            out.startElement("div", null);
            out.writeAttribute("class", "item-card-text", null);
            out.startElement(heading, null);
            out.startElement("a", null);
            out.writeAttribute("href", "/tin/" + item.slug(), null);
            text(out, item.title(), marked);
            out.endElement("a");
            out.endElement(heading);
            out.startElement("p", null);
            out.writeAttribute("class", "item-meta", null);
            out.startElement("time", null);
            out.writeAttribute("datetime", String.valueOf(item.publishedAt()), null);
            out.writeText(PublicDates.format(item.publishedAt()), null);
            out.endElement("time");
            out.writeText(" · " + (layout.byCategory() ? item.category().name() : item.sourceUnit()), null);
            out.endElement("p");
            if (layout.leads()) {
                out.startElement("p", null);
                text(out, item.lead(), marked);
                out.endElement("p");
            }
            out.endElement("div");
            out.endElement("li");
        }
        out.endElement("ol");
    }

    private static void thumbnail(ResponseWriter out, PublicPhoto cover) throws IOException {
        MediaView.RenditionLink thumbnail = cover.thumbnail();
        out.startElement("img", null);
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
