package vn.ttdt.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ttdt.portal.content.media.domain.Media;

/**
 * A photo shown with an item (its cover or one of its gallery): the uploaded image, a caption
 * (also the text read to people who cannot see it) and the photographer credited under it. A photo
 * is a work of its own, paid to the photographer, so the photographer is a name plus their
 * account when they have one.
 */
@Embeddable
public class Photo {

    @ManyToOne
    @JoinColumn(name = "media_id")
    private Media media;

    @Column(name = "caption")
    private String caption;

    @Column(name = "photographer")
    private String photographer;

    @Column(name = "photographer_account_id")
    private Long photographerAccountId;

    protected Photo() {
    }

    public Photo(Media media, String caption, String photographer, Long photographerAccountId) {
        this.media = media;
        this.caption = caption == null ? null : caption.strip();
        this.photographer = photographer == null ? null : photographer.strip();
        this.photographerAccountId = photographerAccountId;
    }

    public Media getMedia() { return media; }
    public String getCaption() { return caption; }
    public String getPhotographer() { return photographer; }
    public Long getPhotographerAccountId() { return photographerAccountId; }
}
