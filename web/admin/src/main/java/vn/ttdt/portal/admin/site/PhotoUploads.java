package vn.ttdt.portal.admin.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.content.media.application.MediaView;

/** A photo for the site's information, through the media library's checks; its key, or null after a message. */
@Named
@ApplicationScoped
public class PhotoUploads {

    @Inject
    private MediaService media;

    @Inject
    private Feedback feedback;

    public String upload(UploadedFile file) {
        MediaView image = feedback.attempt(() -> media.upload(file.getFileName(), file.getContent()), null);
        if (image == null) {
            return null;
        }
        if (image.renditions().isEmpty()) {
            feedback.reject("media.imageRequired");
            return null;
        }
        return image.key();
    }

    public long getImageLimit() {
        return MediaService.limits().imageBytes();
    }

    /** The small rendition of a photo, for previews. */
    public String thumbnail(String key) {
        return key == null ? null : "/media/" + key + "/320.jpg";
    }
}
