package vn.ttdt.portal.admin.profile;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import vn.ttdt.portal.admin.faces.VietnamTime;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.admin.security.SignIn;
import vn.ttdt.portal.organisation.application.AccountService;
import vn.ttdt.portal.organisation.application.AccountSummary;
import vn.ttdt.portal.organisation.application.ContributorProfileDraft;

/** "My profile": one's own account, the contributor profile (pen name, tax code, bank, 08/CK-TNCN) and password. */
@Named("profile")
@ViewScoped
public class ProfileView implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private Feedback feedback;

    @Inject
    private SignIn signIn;

    private AccountSummary me;
    private String penName;
    private String taxCode;
    private String bankAccountNumber;
    private String bankName;
    private boolean commitmentThisYear;
    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void load() {
        if (me != null) {
            return;
        }
        me = accounts.me();
        penName = me.penName();
        taxCode = me.taxCode();
        bankAccountNumber = me.bankAccountNumber();
        bankName = me.bankName();
        commitmentThisYear = me.taxCommitmentYears().contains(getThisYear());
    }

    public void saveContributorProfile() {
        Set<Integer> years = new TreeSet<>(me.taxCommitmentYears());
        if (commitmentThisYear) {
            years.add(getThisYear());
        } else {
            years.remove(getThisYear());
        }
        AccountSummary saved = feedback.attempt(() -> accounts.updateMyContributorProfile(
                new ContributorProfileDraft(penName, taxCode, bankAccountNumber, bankName, years)), "profile.saved");
        if (saved != null) {
            me = saved;
        }
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            feedback.reject("password.repeatMismatch");
            return;
        }
        String current = currentPassword == null ? "" : currentPassword;
        String wanted = newPassword;
        Long stamp = feedback.attempt(() -> accounts.changeMyPassword(current, wanted), "profile.passwordChanged");
        if (stamp != null) {
            signIn.keepAfterOwnChange((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), stamp);
        }
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
    }

    public int getThisYear() {
        return LocalDate.now(VietnamTime.ZONE).getYear();
    }

    public AccountSummary getMe() { return me; }
    public String getPenName() { return penName; }
    public void setPenName(String penName) { this.penName = penName; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getBankAccountNumber() { return bankAccountNumber; }
    public void setBankAccountNumber(String bankAccountNumber) { this.bankAccountNumber = bankAccountNumber; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public boolean isCommitmentThisYear() { return commitmentThisYear; }
    public void setCommitmentThisYear(boolean commitmentThisYear) { this.commitmentThisYear = commitmentThisYear; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
