package vn.ttdt.portal.content.application;

import java.io.Serializable;
import vn.ttdt.portal.content.domain.ContentItem;

/** A published item an editor can choose, or has chosen, as related to the one they edit. */
public record RelatedChoice(long id, String title, String slug) implements Serializable {

    static RelatedChoice of(ContentItem item) {
        return new RelatedChoice(item.getId(), item.getTitle(), item.getSlug());
    }
}
