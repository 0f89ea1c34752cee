package vn.ttdt.portal.content.application;

import java.io.Serializable;
import vn.ttdt.portal.content.domain.Photo;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.Renditions;

/** A photo of an item as the back-office shows it, with the address of its thumbnail. */
public record PhotoView(long mediaId, String caption, String photographer, Long photographerAccountId,
                        String thumbnail) implements Serializable {

    static PhotoView of(Photo photo) {
        if (photo == null) {
            return null;
        }
        Media media = photo.getMedia();
        return new PhotoView(media.getId(), photo.getCaption(), photo.getPhotographer(), photo.getPhotographerAccountId(),
                Renditions.path(media.getKey(), Renditions.THUMBNAIL));
    }
}
