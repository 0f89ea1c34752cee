package vn.ttdt.portal.site.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;

/**
 * One page of the site's introduction (natural conditions, history, economy, culture, the spokesperson, contacts):
 * rich text in Vietnamese and, where the rules ask, in English. Every save keeps the text as a
 * {@link SitePageRevision}; the text is sanitized before it is stored, so it can be shown unescaped.
 */
@Entity
@Table(name = "site_page")
public class SitePage extends SiteOwned {

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private SitePageKind kind;

    private String body;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected SitePage() {
    }

    public SitePage(Site site, SitePageKind kind, Instant now) {
        super(site);
        this.kind = kind;
        this.body = "";
        this.bodyEn = "";
        this.updatedAt = now;
    }

    /** Replaces the texts (sanitized) and returns the revision that keeps them. */
    public SitePageRevision edit(String body, String bodyEn, String by, Instant at) {
        this.body = HtmlSanitizer.sanitize(body);
        this.bodyEn = HtmlSanitizer.sanitize(bodyEn);
        this.updatedBy = by;
        this.updatedAt = at;
        return new SitePageRevision(this, this.body, this.bodyEn, by, at);
    }

    public SitePageKind getKind() { return kind; }
    public String getBody() { return body; }
    public String getBodyEn() { return bodyEn; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
