package vn.ttdt.portal.admin.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.organisation.application.UnitGroupSummary;
import vn.ttdt.portal.organisation.application.UnitService;
import vn.ttdt.portal.organisation.application.UnitSummary;
import vn.ttdt.portal.organisation.domain.UnitFilter;

/** The units screen: find, sort and page units; the IT administrator creates, edits, deactivates. */
@Named("units")
@ViewScoped
public class UnitsView implements Serializable {

    @Inject
    private UnitService service;

    @Inject
    private Feedback feedback;

    private String text;
    private Long groupId;
    private Boolean active = Boolean.TRUE;
    private List<UnitGroupSummary> groups;
    private PagedModel<UnitSummary> model;
    private UnitForm form = UnitForm.blank();

    @PostConstruct
    void init() {
        groups = service.groups();
        model = new PagedModel<>(page -> service.search(new UnitFilter(text, groupId, active), page), UnitSummary::id);
    }

    public void startNew() {
        form = UnitForm.blank();
    }

    public void edit(UnitSummary unit) {
        form = UnitForm.of(unit);
    }

    public void save() {
        UnitForm current = form;
        UnitSummary saved = feedback.attempt(() -> current.isNew()
                ? service.create(current.toDraft())
                : service.update(current.getId(), current.toDraft()), current.isNew() ? "units.created" : "units.updated");
        if (saved != null) {
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        }
    }

    public void deactivate(UnitSummary unit) {
        feedback.attempt(() -> service.deactivate(unit.id()), "units.deactivated");
    }

    public void reactivate(UnitSummary unit) {
        feedback.attempt(() -> service.reactivate(unit.id()), "units.reactivated");
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
    public List<UnitGroupSummary> getGroups() { return groups; }
    public PagedModel<UnitSummary> getModel() { return model; }
    public UnitForm getForm() { return form; }
}
