package vn.ttdt.portal.admin.categories;

import java.io.Serializable;
import vn.ttdt.portal.content.application.CategoryDraft;
import vn.ttdt.portal.content.application.CategoryNode;

/** The category dialog's fields while someone types; validated as a {@link CategoryDraft} by the service. */
public class CategoryForm implements Serializable {

    private Long id;
    private String name;
    private String slug;
    private String description;
    private Long parentId;
    private boolean visible = true;
    private Long version;

    static CategoryForm under(Long parentId) {
        CategoryForm form = new CategoryForm();
        form.parentId = parentId;
        return form;
    }

    static CategoryForm of(CategoryNode node) {
        CategoryForm form = new CategoryForm();
        form.id = node.id();
        form.name = node.name();
        form.slug = node.slug();
        form.description = node.description();
        form.parentId = node.parentId();
        form.visible = node.visible();
        form.version = node.version();
        return form;
    }

    CategoryDraft toDraft() {
        return new CategoryDraft(name, slug, description, parentId, visible, version);
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public boolean isVisible() { return visible; }
    public void setVisible(boolean visible) { this.visible = visible; }
}
