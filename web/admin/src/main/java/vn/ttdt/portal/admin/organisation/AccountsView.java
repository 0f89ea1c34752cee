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
import vn.ttdt.portal.organisation.application.AccountService;
import vn.ttdt.portal.organisation.application.AccountSummary;
import vn.ttdt.portal.organisation.application.UnitService;
import vn.ttdt.portal.organisation.application.UnitSummary;
import vn.ttdt.portal.organisation.domain.AccountFilter;
import vn.ttdt.portal.organisation.domain.Role;

/** The accounts screen of the IT administrator: find, create, edit, deactivate, unlock, reset password. */
@Named("accounts")
@ViewScoped
public class AccountsView implements Serializable {

    @Inject
    private AccountService service;

    @Inject
    private UnitService unitService;

    @Inject
    private Feedback feedback;

    private String text;
    private Role role;
    private Boolean active = Boolean.TRUE;
    private List<UnitSummary> units;
    private PagedModel<AccountSummary> model;
    private AccountForm form = AccountForm.blank();
    private AccountSummary passwordTarget;
    private String newPassword;

    @PostConstruct
    void init() {
        units = unitService.activeUnits();
        model = new PagedModel<>(page -> service.search(new AccountFilter(text, role, null, active), page), AccountSummary::id);
    }

    public void startNew() {
        form = AccountForm.blank();
    }

    public void edit(AccountSummary account) {
        form = AccountForm.of(account);
    }

    public void save() {
        AccountForm current = form;
        AccountSummary saved = feedback.attempt(() -> current.isNew()
                ? service.create(current.toDraft(), current.getInitialPassword() == null ? "" : current.getInitialPassword())
                : service.update(current.getId(), current.toDraft()), current.isNew() ? "accounts.created" : "accounts.updated");
        if (saved != null) {
            PrimeFaces.current().executeScript("PF('accountDialog').hide()");
        }
    }

    public void deactivate(AccountSummary account) {
        feedback.attempt(() -> service.deactivate(account.id()), "accounts.deactivated");
    }

    public void reactivate(AccountSummary account) {
        feedback.attempt(() -> service.reactivate(account.id()), "accounts.reactivated");
    }

    public void unlock(AccountSummary account) {
        feedback.attempt(() -> service.unlock(account.id()), "accounts.unlocked");
    }

    public void startPasswordReset(AccountSummary account) {
        passwordTarget = account;
        newPassword = null;
    }

    public void resetPassword() {
        AccountSummary target = passwordTarget;
        String password = newPassword == null ? "" : newPassword;
        boolean done = feedback.done(() -> service.resetPassword(target.id(), password), "accounts.passwordReset");
        newPassword = null;
        if (done) {
            PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
    public List<UnitSummary> getUnits() { return units; }
    public PagedModel<AccountSummary> getModel() { return model; }
    public AccountForm getForm() { return form; }
    public AccountSummary getPasswordTarget() { return passwordTarget; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
