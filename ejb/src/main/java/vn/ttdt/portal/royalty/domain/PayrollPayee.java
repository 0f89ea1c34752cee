package vn.ttdt.portal.royalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/** One payee of a payroll with their gross, the tax withheld and the net, and whether they could be reached to be paid. */
@Entity
@Table(name = "payroll_payee")
@IdClass(PayrollPayee.Key.class)
public class PayrollPayee {

    @Id
    @Column(name = "payroll_id")
    private long payrollId;

    @Id
    @Column(name = "payee_key")
    private String payeeKey;

    @Column(name = "payee_name")
    private String payeeName;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "tax_code")
    private String taxCode;

    @Column(name = "bank_account_number")
    private String bankAccountNumber;

    @Column(name = "bank_name")
    private String bankName;

    private long gross;
    private long tax;
    private long net;

    @Column(name = "tax_commitment")
    private boolean taxCommitment;

    @Enumerated(EnumType.STRING)
    private PayeeStatus status;

    @Column(name = "failed_contacts")
    private int failedContacts;

    @Version
    private long version;

    protected PayrollPayee() {
    }

    /** Records a failed attempt to reach the payee; at the limit the amount is carried over to a later payroll. */
    public boolean recordFailedContact(int attemptsBeforeCarryOver) {
        if (status != PayeeStatus.DUE) {
            throw new BusinessRuleException("payee.notDue", "payee " + payeeKey + " is " + status);
        }
        failedContacts++;
        if (failedContacts >= attemptsBeforeCarryOver) {
            status = PayeeStatus.CARRIED_OVER;
            return true;
        }
        return false;
    }

    public void markPaid() {
        if (status == PayeeStatus.DUE) {
            status = PayeeStatus.PAID;
        }
    }

    public long getPayrollId() { return payrollId; }
    public String getPayeeKey() { return payeeKey; }
    public String getPayeeName() { return payeeName; }
    public Long getAccountId() { return accountId; }
    public String getTaxCode() { return taxCode; }
    public String getBankAccountNumber() { return bankAccountNumber; }
    public String getBankName() { return bankName; }
    public long getGross() { return gross; }
    public long getTax() { return tax; }
    public long getNet() { return net; }
    public boolean isTaxCommitment() { return taxCommitment; }
    public PayeeStatus getStatus() { return status; }
    public int getFailedContacts() { return failedContacts; }

    /** A payee's identity: payroll and payee key. */
    public static class Key implements Serializable {
        private long payrollId;
        private String payeeKey;

        public Key() {
        }

        public Key(long payrollId, String payeeKey) {
            this.payrollId = payrollId;
            this.payeeKey = payeeKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.payrollId == payrollId && Objects.equals(k.payeeKey, payeeKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(payrollId, payeeKey);
        }
    }
}
