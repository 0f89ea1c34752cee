package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * Something that belongs to one {@link Site} (units, groups, accounts, categories, items, media…):
 * seen and changed only within that site. Another site's object answers exactly like one that does
 * not exist, which {@link SiteOwnedRepository#byId(Site, long)} says once for every kind.
 */
@MappedSuperclass
public abstract class SiteOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    protected SiteOwned() {
    }

    protected SiteOwned(Site site) {
        this.site = site;
    }

    /** True when this is one of {@code site}'s, whether the site was read in this or another persistence context; never for null. */
    public boolean belongsTo(Site site) {
        return site != null && site.isSameAs(this.site);
    }

    public Long getId() { return id; }
    public Site getSite() { return site; }
}
