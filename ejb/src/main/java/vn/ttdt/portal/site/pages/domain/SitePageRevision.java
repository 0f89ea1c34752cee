package vn.ttdt.portal.site.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A saved text of a {@link SitePage}, with who saved it and when; never changed afterwards. */
@Entity
@Table(name = "site_page_revision")
public class SitePageRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "page_id", updatable = false)
    private SitePage page;

    @Column(updatable = false)
    private String body;

    @Column(name = "body_en", updatable = false)
    private String bodyEn;

    @Column(name = "saved_by", updatable = false)
    private String savedBy;

    @Column(name = "saved_at", updatable = false)
    private Instant savedAt;

    protected SitePageRevision() {
    }

    SitePageRevision(SitePage page, String body, String bodyEn, String savedBy, Instant savedAt) {
        this.page = page;
        this.body = body;
        this.bodyEn = bodyEn;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long getId() { return id; }
    public SitePage getPage() { return page; }
    public String getBody() { return body; }
    public String getBodyEn() { return bodyEn; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
}
