package vn.ttdt.portal.admin.quota;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.organisation.application.SupervisionDraft;
import vn.ttdt.portal.organisation.application.SupervisionEnd;
import vn.ttdt.portal.organisation.application.SupervisorChoice;
import vn.ttdt.portal.organisation.application.UnitGroupDetails;
import vn.ttdt.portal.organisation.application.UnitGroupDraft;
import vn.ttdt.portal.organisation.application.UnitGroupService;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * The screen Khối đơn vị: the unit groups with who supervises their quotas and when. The board's approvers and the IT
 * administrator add and rename groups and put supervisors in charge or end their charge; a quota supervisor sees the
 * groups they supervise.
 */
@Named("unitGroups")
@ViewScoped
public class UnitGroupsView implements Serializable {

    @Inject
    private UnitGroupService service;

    @Inject
    private Feedback feedback;

    @Inject
    private ExternalContext context;

    private List<UnitGroupDetails> groups;
    private List<SupervisorChoice> supervisorChoices = List.of();
    private boolean maintainer;

    private Long editedId;
    private String code;
    private String name;
    private String supervisorTitle;

    private Long assignedGroupId;
    private Long accountId;
    private LocalDate validFrom;
    private LocalDate validTo;

    @PostConstruct
    void init() {
        groups = service.list();
        maintainer = context.isUserInRole(Role.APPROVER_NAME) || context.isUserInRole(Role.IT_ADMIN_NAME);
        if (maintainer) {
            supervisorChoices = service.supervisorChoices();
        }
    }

    public void startNew() {
        editedId = null;
        code = null;
        name = null;
        supervisorTitle = null;
    }

    public void edit(UnitGroupDetails group) {
        editedId = group.id();
        code = group.code();
        name = group.name();
        supervisorTitle = group.supervisorTitle();
    }

    public void saveGroup() {
        UnitGroupDraft draft = new UnitGroupDraft(code, name, supervisorTitle);
        Long id = editedId;
        UnitGroupDetails saved = feedback.attempt(() -> id == null ? service.create(draft) : service.update(id, draft),
                id == null ? "unitGroups.created" : "unitGroups.updated");
        closeOnSuccess(saved, "groupDialog");
    }

    public void startAssignment(UnitGroupDetails group) {
        assignedGroupId = group.id();
        accountId = null;
        validFrom = today();
        validTo = null;
    }

    public void saveAssignment() {
        SupervisionDraft draft = new SupervisionDraft(accountId, validFrom, validTo);
        long groupId = assignedGroupId;
        closeOnSuccess(feedback.attempt(() -> service.assign(groupId, draft), "unitGroups.assigned"), "supervisionDialog");
    }

    public void endToday(UnitGroupDetails group, UnitGroupDetails.Supervision supervision) {
        if (feedback.attempt(() -> service.endAssignment(group.id(), supervision.id(), new SupervisionEnd(today())),
                "unitGroups.ended") != null) {
            groups = service.list();
        }
    }

    private void closeOnSuccess(UnitGroupDetails saved, String dialog) {
        if (saved != null) {
            groups = service.list();
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(BusinessCalendar.ZONE);
    }

    public boolean isNew() { return editedId == null; }
    public boolean isMaintainer() { return maintainer; }
    public List<UnitGroupDetails> getGroups() { return groups; }
    public List<SupervisorChoice> getSupervisorChoices() { return supervisorChoices; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSupervisorTitle() { return supervisorTitle; }
    public void setSupervisorTitle(String supervisorTitle) { this.supervisorTitle = supervisorTitle; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
}
