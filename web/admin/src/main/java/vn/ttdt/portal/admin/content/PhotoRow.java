package vn.ttdt.portal.admin.content;

import java.io.Serializable;
import vn.ttdt.portal.content.application.PhotoDraft;
import vn.ttdt.portal.content.application.PhotoView;

/**
 * A photo in the item editor: the uploaded image's thumbnail, its caption and photographer. The
 * photographer's account stays linked only while the name is the one it was linked with.
 */
public class PhotoRow implements Serializable {

    private final long mediaId;
    private final String thumbnail;
    private String caption;
    private String photographer;
    private final Long photographerAccountId;
    private final String linkedName;

    PhotoRow(long mediaId, String thumbnail, String caption, String photographer, Long photographerAccountId) {
        this.mediaId = mediaId;
        this.thumbnail = thumbnail;
        this.caption = caption;
        this.photographer = photographer;
        this.photographerAccountId = photographerAccountId;
        this.linkedName = photographer;
    }

    static PhotoRow of(PhotoView view) {
        return view == null ? null : new PhotoRow(view.mediaId(), view.thumbnail(), view.caption(), view.photographer(),
                view.photographerAccountId());
    }

    PhotoDraft toDraft() {
        return new PhotoDraft(mediaId, caption, photographer, AccountLink.keptFor(photographer, linkedName, photographerAccountId));
    }

    public long getMediaId() { return mediaId; }
    public String getThumbnail() { return thumbnail; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
    public String getPhotographer() { return photographer; }
    public void setPhotographer(String photographer) { this.photographer = photographer; }
}
