package vn.ttdt.portal.content.application;

import java.io.Serializable;
import java.time.Instant;
import vn.ttdt.portal.content.domain.Autosave;

/** Someone's unsaved work on an item, kept at {@code savedAt}. */
public record AutosaveView(long itemId, Instant savedAt, String title, String lead, String body) implements Serializable {

    static AutosaveView of(Autosave autosave) {
        return new AutosaveView(autosave.getItemId(), autosave.getSavedAt(), autosave.getTitle(), autosave.getLead(),
                autosave.getBody());
    }
}
