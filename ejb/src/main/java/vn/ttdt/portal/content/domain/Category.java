package vn.ttdt.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A category (chuyên mục) of the portal, possibly under a parent, with its place among its siblings
 * and a friendly address (slug, unique in its site). The editorial board renames, describes, moves
 * and reorders categories; a category is never deleted: hidden, it keeps its items but is not shown
 * to citizens, nor are the categories under it ({@link #isShownPublicly}), and it can be shown again.
 */
@Entity
@Table(name = "category")
public class Category extends SiteOwned {

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
        super(site);
        this.parent = parent;
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    /** Changes what the category is called and where it sits; refuses a parent that is the category itself or under it. */
    public void describe(String name, String slug, String description, Category parent) {
        for (Category above = parent; above != null; above = above.parent) {
            if (above == this) {
                throw new BusinessRuleException("category.parent.cycle", "category " + getId() + " cannot sit under itself");
            }
        }
        this.name = name.strip();
        this.slug = slug;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.parent = parent;
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public void hide() {
        visible = false;
    }

    public void show() {
        visible = true;
    }

    /**
     * True when citizens see this category, its items and its pages: neither it nor any category above it is
     * hidden. Hiding a category hides its whole subtree; showing it again brings back the subcategories that
     * were not hidden themselves.
     */
    public boolean isShownPublicly() {
        for (Category above = this; above != null; above = above.parent) {
            if (!above.visible) {
                return false;
            }
        }
        return true;
    }

    /** True when this category sits directly under {@code other}; with null, when it sits at the top. */
    public boolean isChildOf(Category other) {
        return other == null ? parent == null : parent != null && parent.getId().equals(other.getId());
    }

    public long getVersion() { return version; }
    public Category getParent() { return parent; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }
    public int getSortOrder() { return sortOrder; }
    public boolean isVisible() { return visible; }
}
