package vn.ttdt.portal.admin.content;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.ttdt.portal.content.application.RelatedChoice;

/**
 * The published items the related-items picker has offered or shows, so that the picker's values
 * (item ids in the page) turn back into the items; an id never offered converts to nothing.
 */
public class RelatedChoices implements Converter<RelatedChoice>, Serializable {

    private final Map<Long, RelatedChoice> known = new HashMap<>();

    void remember(Collection<RelatedChoice> choices) {
        choices.forEach(c -> known.put(c.id(), c));
    }

    @Override
    public RelatedChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return known.get(Long.valueOf(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, RelatedChoice value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
