package vn.ttdt.portal.legaldocs.application;

import java.io.Serializable;
import vn.ttdt.portal.content.media.domain.Media;

/** A file attached to a document: the uploaded media's id, original name, format and size in bytes. */
public record DocumentFile(long id, String name, String format, String contentType, long size) implements Serializable {

    static DocumentFile of(Media m) {
        return m == null ? null : new DocumentFile(m.getId(), m.getOriginalName(), m.getFormat().name(),
                m.getFormat().contentType(), m.getSize());
    }
}
