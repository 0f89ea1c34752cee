package vn.ttdt.portal.site;

import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.ttdt.portal.content.application.PublicPhoto;
import vn.ttdt.portal.content.media.application.MediaView;

/**
 * Writes parts of an item's page the way Facelets wrote them from the item page's template: the same response writer
 * calls in the same order (markup as it stands, texts escaped by {@code writeText}, values by {@code writeAttribute}),
 * so the page keeps its bytes while none of its expressions is evaluated. The writer is Faces' HTML writer, but no
 * Faces request needs to run ({@link ItemPages}).
 */
final class ItemMarkup {

    /** The site's language, in which pages written outside a Faces view take their texts and numbers. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The site's texts in {@link #VIETNAMESE}, looked up once rather than for every part of every page. */
    private static final ResourceBundle VIETNAMESE_TEXTS = ResourceBundle.getBundle("vn.ttdt.portal.site.ui", VIETNAMESE);

    private final ResponseWriter out;
    private final ResourceBundle texts;

    ItemMarkup(ResponseWriter out, ResourceBundle texts) {
        this.out = out;
        this.texts = texts;
    }

    /** Markup written to {@code out} with the site's texts (ui.properties) in {@link #VIETNAMESE}. */
    static ItemMarkup inVietnamese(ResponseWriter out) {
        return new ItemMarkup(out, VIETNAMESE_TEXTS);
    }

    ItemMarkup raw(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    ItemMarkup text(Object value) throws IOException {
        if (value != null) {
            out.writeText(value, null);
        }
        return this;
    }

    ItemMarkup label(String key) throws IOException {
        return text(labelText(key));
    }

    /** The site's text under {@code key} (ui.properties). */
    String labelText(String key) {
        return texts.getString(key);
    }

    /** The writer the markup goes to. */
    ResponseWriter writer() {
        return out;
    }

    /**
     * An element whose attributes (name, value, …) are written by the writer, left open for what it holds. A null value
     * goes to the writer as an expression's null did.
     */
    ItemMarkup start(String element, String... attributes) throws IOException {
        out.startElement(element, null);
        return attributes(attributes);
    }

    ItemMarkup attributes(String... attributes) throws IOException {
        for (int i = 0; i < attributes.length; i += 2) {
            out.writeAttribute(attributes[i], attributes[i + 1], null);
        }
        return this;
    }

    ItemMarkup end(String element) throws IOException {
        out.endElement(element);
        return this;
    }

    /** A self-closed element ({@code meta}, {@code img}, {@code link}). */
    ItemMarkup empty(String element, String... attributes) throws IOException {
        return start(element, attributes).end(element);
    }

    /** A photo as an item's page shows it, its lines indented by {@code indent} as in the template. */
    ItemMarkup figure(String figureTag, PublicPhoto photo, String indent, boolean lazy) throws IOException {
        MediaView.RenditionLink medium = photo.medium();
        raw("\n" + indent + figureTag + "\n" + indent + "  <picture>\n" + indent + "    ");
        start("img", "src", medium.url(), "srcset", photo.srcset(), "sizes", "(max-width: 1100px) 100vw, 1020px");
        if (lazy) {
            attributes("loading", "lazy");
        }
        attributes("width", String.valueOf(medium.width()), "height", String.valueOf(medium.height()), "alt", photo.caption());
        end("img");
        return raw("\n" + indent + "  </picture>\n" + indent + "  <figcaption>").text(photo.caption())
                .raw(" <span class=\"photo-credit\">").label("item.photoCredit").raw(" ").text(photo.photographer())
                .raw("</span></figcaption>\n" + indent + "</figure>");
    }
}
