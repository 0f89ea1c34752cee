package vn.ttdt.portal.site.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.MetaRuleset;
import jakarta.faces.view.facelets.TagAttribute;
import java.io.IOException;
import java.util.Optional;
import vn.ttdt.portal.content.application.PublishedSnapshots;

/**
 * Builds a {@link SharedMarkup}: while the markup kept under its key stands, without its children (the part of the
 * component tree that would only write it again); otherwise with them, to write and keep it.
 */
public class SharedMarkupHandler extends ComponentHandler {

    private final TagAttribute key;
    private volatile PublishedSnapshots snapshots;

    public SharedMarkupHandler(ComponentConfig config) {
        super(config);
        this.key = getRequiredAttribute("key");
    }

    @Override
    protected MetaRuleset createMetaRuleset(Class type) {
        return super.createMetaRuleset(type).ignore("key");
    }

    @Override
    public void applyNextHandler(FaceletContext context, UIComponent component) throws IOException {
        SharedMarkup markup = (SharedMarkup) component;
        String part = key.getValue(context);
        Optional<String> kept = snapshots().standing(new SharedMarkup.Key(part));
        if (kept.isPresent()) {
            markup.writeKept(kept.get());
            return;
        }
        markup.writeAndKeep(snapshots(), part, snapshots().startReading());
        super.applyNextHandler(context, component);
    }

    private PublishedSnapshots snapshots() {
        PublishedSnapshots found = snapshots;
        if (found == null) {
            found = CDI.current().select(PublishedSnapshots.class).get();
            snapshots = found;
        }
        return found;
    }
}
