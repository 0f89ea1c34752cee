package vn.ttdt.portal.site.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;

/** A saved text of a site page, with who saved it and when; never changed afterwards. */
@Entity
@Table(name = "site_page_revision")
public class SitePageRevision extends SiteOwned {

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private SitePageKind kind;

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

    SitePageRevision(Site site, SitePageKind kind, String body, String bodyEn, String savedBy, Instant savedAt) {
        super(site);
        this.kind = kind;
        this.body = body;
        this.bodyEn = bodyEn;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public SitePageKind getKind() { return kind; }
    public String getBody() { return body; }
    public String getBodyEn() { return bodyEn; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
}
