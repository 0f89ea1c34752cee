package vn.ttdt.portal.contributors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ttdt.portal.content.media.domain.Media;

/** A file handed out at a training course (slides, handbook, exercises), uploaded through the media checks. */
@Embeddable
public class CourseMaterial {

    @ManyToOne
    @JoinColumn(name = "media_id")
    private Media media;

    @Column(name = "title")
    private String title;

    protected CourseMaterial() {
    }

    public CourseMaterial(Media media, String title) {
        this.media = media;
        this.title = title == null || title.isBlank() ? media.getOriginalName() : title.strip();
    }

    public Media getMedia() { return media; }
    public String getTitle() { return title; }
}
