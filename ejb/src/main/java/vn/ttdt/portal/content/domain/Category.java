package vn.ttdt.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ttdt.portal.organisation.domain.Site;

/**
 * A category (chuyên mục) of the portal, possibly under a parent, with its place in the menu and a
 * friendly address (slug). A hidden category keeps its items but is not shown to citizens.
 */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Category parent;

    private String name;

    private String slug;

    private String description;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean visible = true;

    @Version
    private long version;

    protected Category() {
    }

    public Category(Site site, Category parent, String name, String slug, String description, int sortOrder) {
        this.site = site;
        this.parent = parent;
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public Site getSite() { return site; }
    public Category getParent() { return parent; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }
    public int getSortOrder() { return sortOrder; }
    public boolean isVisible() { return visible; }
}
