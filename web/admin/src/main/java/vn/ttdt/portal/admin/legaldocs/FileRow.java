package vn.ttdt.portal.admin.legaldocs;

import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.content.media.application.MediaView;

/** A file attached in a form: the uploaded media's id and name. */
public record FileRow(long id, String name) implements Serializable {

    /** The file of an upload event, kept through the usual upload checks; null (and a message) when refused. */
    static FileRow uploaded(FileUploadEvent event, MediaService media, Feedback feedback) {
        MediaView file = feedback.attempt(() -> media.upload(event.getFile().getFileName(), event.getFile().getContent()), null);
        return file == null ? null : new FileRow(file.id(), file.originalName());
    }
}
