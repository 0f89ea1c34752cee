package vn.ttdt.portal.questions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.ttdt.portal.content.media.domain.MediaFormat;

/** The file a citizen sent with a question, checked by the upload rules, kept with the uploads under {@code key}. */
@Embeddable
public class Attachment {

    @Column(name = "attachment_key")
    private String key;

    @Column(name = "attachment_name")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "attachment_format")
    private MediaFormat format;

    @Column(name = "attachment_bytes")
    private Long bytes;

    protected Attachment() {
    }

    public Attachment(String key, String name, MediaFormat format, long bytes) {
        this.key = key;
        this.name = name;
        this.format = format;
        this.bytes = bytes;
    }

    public String getKey() { return key; }
    public String getName() { return name; }
    public MediaFormat getFormat() { return format; }
    public Long getBytes() { return bytes; }
}
