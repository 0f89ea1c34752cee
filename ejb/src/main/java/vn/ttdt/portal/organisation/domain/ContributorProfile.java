package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What finance needs to pay a contributor (cộng tác viên): the pen name printed under the works,
 * the personal tax code (mã số thuế cá nhân, 10 digits or 10 + "-" + 3) and the bank account.
 */
@Embeddable
public class ContributorProfile {

    @Size(max = 120, message = "{contributor.penName.size}")
    @Column(name = "pen_name")
    private String penName;

    @Pattern(regexp = "^$|^[0-9]{10}(-[0-9]{3})?$", message = "{contributor.taxCode.pattern}")
    @Column(name = "tax_code")
    private String taxCode;

    @Pattern(regexp = "^$|^[0-9]{6,30}$", message = "{contributor.bankAccount.pattern}")
    @Column(name = "bank_account_number")
    private String bankAccountNumber;

    @Size(max = 120, message = "{contributor.bankName.size}")
    @Column(name = "bank_name")
    private String bankName;

    protected ContributorProfile() {
    }

    public ContributorProfile(String penName, String taxCode, String bankAccountNumber, String bankName) {
        this.penName = trimToNull(penName);
        this.taxCode = trimToNull(taxCode);
        this.bankAccountNumber = trimToNull(bankAccountNumber);
        this.bankName = trimToNull(bankName);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPenName() { return penName; }
    public String getTaxCode() { return taxCode; }
    public String getBankAccountNumber() { return bankAccountNumber; }
    public String getBankName() { return bankName; }
}
