package vn.ttdt.portal.content.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;

/**
 * An uploaded file (tệp đính kèm): a photo for an item's cover or gallery, or a document to
 * attach. It is kept only after {@link UploadRules} accepted its content; it is stored outside the
 * web root under a generated {@code key} that reveals nothing of its name, and never changes once
 * kept. The original name, detected format, size and SHA-256 digest say what was uploaded, by whom
 * and when; images also know their pixel size, from which their {@link Renditions} follow.
 */
@Entity
@Table(name = "media")
public class Media extends SiteOwned {

    @Column(name = "storage_key")
    private String key;

    @Column(name = "original_name")
    private String originalName;

    @Enumerated(EnumType.STRING)
    private MediaFormat format;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    private Integer width;

    private Integer height;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Media() {
    }

    public Media(Site site, String key, String originalName, MediaFormat format, long size, String sha256,
                 Integer width, Integer height, String uploadedBy, Instant uploadedAt) {
        super(site);
        this.key = key;
        this.originalName = originalName;
        this.format = format;
        this.size = size;
        this.sha256 = sha256;
        this.width = width;
        this.height = height;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public boolean isImage() {
        return format.isImage();
    }

    public String getKey() { return key; }
    public String getOriginalName() { return originalName; }
    public MediaFormat getFormat() { return format; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public Integer getWidth() { return width; }
    public Integer getHeight() { return height; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
