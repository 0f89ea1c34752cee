package vn.ttdt.portal.admin.categories;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.application.CategoryNode;
import vn.ttdt.portal.content.application.CategoryService;

/** The category tree screen: approvers and the IT administrator create, edit, reorder, hide and show categories. */
@Named("categoryTree")
@ViewScoped
public class CategoryTreeView implements Serializable {

    @Inject
    private CategoryService service;

    @Inject
    private Feedback feedback;

    private List<CategoryNode> nodes = List.of();
    private DefaultTreeNode<CategoryNode> root;
    private CategoryForm form = CategoryForm.under(null);

    @PostConstruct
    void init() {
        reload();
    }

    public void startNew(CategoryNode parent) {
        form = CategoryForm.under(parent == null ? null : parent.id());
    }

    public void edit(CategoryNode node) {
        form = CategoryForm.of(node);
    }

    public void save() {
        CategoryForm current = form;
        CategoryNode saved = feedback.attempt(() -> current.isNew() ? service.create(current.toDraft())
                : service.update(current.getId(), current.toDraft()), current.isNew() ? "categories.created" : "categories.updated");
        if (saved != null) {
            reload();
            PrimeFaces.current().executeScript("PF('categoryDialog').hide()");
        }
    }

    public void hide(CategoryNode node) {
        after(feedback.attempt(() -> service.hide(node.id()), "categories.hidden"));
    }

    public void show(CategoryNode node) {
        after(feedback.attempt(() -> service.show(node.id()), "categories.shown"));
    }

    public void moveUp(CategoryNode node) {
        after(feedback.attempt(() -> service.move(node.id(), true), null));
    }

    public void moveDown(CategoryNode node) {
        after(feedback.attempt(() -> service.move(node.id(), false), null));
    }

    /** The categories the one in the dialog may be put under: all but itself and those under it. */
    public List<CategoryNode> getParentChoices() {
        Set<Long> excluded = new HashSet<>();
        if (form.getId() != null) {
            excluded.add(form.getId());
            for (CategoryNode n : nodes) {
                if (n.parentId() != null && excluded.contains(n.parentId())) {
                    excluded.add(n.id());
                }
            }
        }
        return nodes.stream().filter(n -> !excluded.contains(n.id())).toList();
    }

    /** The name indented by its depth, for the parent list. */
    public String indented(CategoryNode node) {
        return "\u00A0\u00A0\u00A0".repeat(node.depth()) + node.name();
    }

    public boolean isFirst(CategoryNode node) {
        return siblings(node).get(0).id() == node.id();
    }

    public boolean isLast(CategoryNode node) {
        List<CategoryNode> siblings = siblings(node);
        return siblings.get(siblings.size() - 1).id() == node.id();
    }

    private List<CategoryNode> siblings(CategoryNode node) {
        return nodes.stream().filter(n -> java.util.Objects.equals(n.parentId(), node.parentId())).toList();
    }

    private void after(CategoryNode changed) {
        if (changed != null) {
            reload();
        }
    }

    private void reload() {
        nodes = service.tree();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<CategoryNode>> byId = new HashMap<>();
        for (CategoryNode n : nodes) {
            TreeNode<CategoryNode> parent = n.parentId() == null ? root : byId.getOrDefault(n.parentId(), root);
            TreeNode<CategoryNode> treeNode = new DefaultTreeNode<>(n, parent);
            treeNode.setExpanded(true);
            byId.put(n.id(), treeNode);
        }
    }

    public TreeNode<CategoryNode> getRoot() { return root; }
    public List<CategoryNode> getNodes() { return nodes; }
    public CategoryForm getForm() { return form; }
}
