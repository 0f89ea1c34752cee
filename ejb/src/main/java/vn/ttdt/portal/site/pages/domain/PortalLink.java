package vn.ttdt.portal.site.pages.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;

/** A link the public site shows to another portal (the province's, a ministry's, the national public-service portal). */
@Entity
@Table(name = "portal_link")
public class PortalLink extends SiteOwned {

    @Enumerated(EnumType.STRING)
    private PortalLinkKind kind;

    private String name;

    private String url;

    private int position;

    @Version
    private int version;

    protected PortalLink() {
    }

    public PortalLink(Site site) {
        super(site);
    }

    public void describe(PortalLinkKind kind, String name, String url, int position) {
        this.kind = kind;
        this.name = name;
        this.url = url.strip();
        this.position = position;
    }

    public PortalLinkKind getKind() { return kind; }
    public String getName() { return name; }
    public String getUrl() { return url; }
    public int getPosition() { return position; }
    public int getVersion() { return version; }
}
