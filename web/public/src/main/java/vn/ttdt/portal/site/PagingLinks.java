package vn.ttdt.portal.site;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * {@code <site:paging>} in the paging template: the listing's {@link Paging}.
 * <p>
 * Attributes: {@code base} (the address with its query, ending in {@code ?} or {@code &}), {@code number}, {@code count}.
 */
@FacesComponent(value = PagingLinks.TYPE, createTag = true, tagName = "paging", namespace = ItemCards.NAMESPACE)
public class PagingLinks extends SelfRenderingComponent {

    static final String TYPE = "vn.ttdt.portal.site.PagingLinks";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ItemMarkup out = new ItemMarkup(context.getResponseWriter(), context.getApplication().getResourceBundle(context, "txt"));
        Paging.write(out, String.valueOf(getAttributes().get("base")), number("number"), number("count"),
                context.getViewRoot().getLocale());
    }

    private int number(String attribute) {
        return ((Number) getAttributes().get(attribute)).intValue();
    }
}
