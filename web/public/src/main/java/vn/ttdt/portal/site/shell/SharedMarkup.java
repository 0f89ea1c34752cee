package vn.ttdt.portal.site.shell;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import vn.ttdt.portal.content.application.PublishedSnapshots;
import vn.ttdt.portal.site.SelfRenderingComponent;

/**
 * A part of the public pages' shell that is the same for every request ({@code <shell:shared key="…">}): written by
 * its children once, then kept as text with the published content's generation ({@link PublishedSnapshots}) and
 * written as it stands until that moves. While the text stands, {@link SharedMarkupHandler} does not even build the
 * children. Its key names the part and every choice it depends on (the language); what a request carries (the
 * searched words, the page's item) never goes inside.
 */
@FacesComponent(SharedMarkup.TYPE)
public class SharedMarkup extends SelfRenderingComponent {

    static final String TYPE = "vn.ttdt.portal.site.shell.SharedMarkup";

    private String kept;
    private String key;
    private PublishedSnapshots.Reading reading;
    private PublishedSnapshots snapshots;

    /** The markup stands: written as kept, with no children. */
    void writeKept(String markup) {
        this.kept = markup;
    }

    /** The children write the markup this time, and it is kept under {@code key} since {@code reading}. */
    void writeAndKeep(PublishedSnapshots snapshots, String key, PublishedSnapshots.Reading reading) {
        this.snapshots = snapshots;
        this.key = key;
        this.reading = reading;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        ResponseWriter page = context.getResponseWriter();
        if (kept != null) {
            page.write(kept);
            return;
        }
        StringWriter markup = new StringWriter(4096);
        context.setResponseWriter(page.cloneWithWriter(markup));
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
        } finally {
            context.setResponseWriter(page);
        }
        String written = markup.toString();
        if (snapshots != null) {
            snapshots.keep(new Key(key), reading, written);
        }
        page.write(written);
    }

    /** The key of a part's markup among the other snapshots. */
    record Key(String part) {
    }
}
