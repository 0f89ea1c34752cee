package vn.ttdt.portal.admin.organisation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.ttdt.portal.organisation.application.AccountDraft;
import vn.ttdt.portal.organisation.application.AccountSummary;
import vn.ttdt.portal.organisation.domain.Role;

/** The account form's fields while the administrator types. */
public class AccountForm implements Serializable {

    private Long id;
    private String login;
    private String fullName;
    private String email;
    private String phone;
    private Long unitId;
    private List<Role> roles = new ArrayList<>();
    private String initialPassword;
    private Long version;

    static AccountForm blank() {
        return new AccountForm();
    }

    static AccountForm of(AccountSummary account) {
        AccountForm form = new AccountForm();
        form.id = account.id();
        form.login = account.login();
        form.fullName = account.fullName();
        form.email = account.email();
        form.phone = account.phone();
        form.unitId = account.unitId();
        form.roles = new ArrayList<>(account.roles());
        form.version = account.version();
        return form;
    }

    AccountDraft toDraft() {
        return new AccountDraft(login == null ? null : login.strip().toLowerCase(), fullName, email, phone, unitId,
                roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), version);
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
}
