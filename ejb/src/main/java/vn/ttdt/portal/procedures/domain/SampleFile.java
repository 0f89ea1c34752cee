package vn.ttdt.portal.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ttdt.portal.content.media.domain.Media;

/** A form (mẫu đơn, tờ khai) or a sample dossier (bộ hồ sơ mẫu) citizens download: an uploaded file and what it is. */
@Embeddable
public class SampleFile {

    @ManyToOne
    @JoinColumn(name = "media_id")
    private Media media;

    @Column(name = "label")
    private String label;

    protected SampleFile() {
    }

    public SampleFile(Media media, String label) {
        this.media = media;
        this.label = label == null ? null : label.strip();
    }

    public Media getMedia() { return media; }
    public String getLabel() { return label; }
}
