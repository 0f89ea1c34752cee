package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One dormant account found by an account review (the dormant-accounts job): an active account
 * nobody has signed in to for a while, to be checked and deactivated by the IT administrator.
 */
@Entity
@Table(name = "account_review_finding")
public class AccountReviewFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_instance_id")
    private long jobInstanceId;

    @Column(name = "account_id")
    private long accountId;

    private String login;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "days_inactive")
    private int daysInactive;

    protected AccountReviewFinding() {
    }

    public AccountReviewFinding(long jobInstanceId, long accountId, String login, String fullName,
                                Instant lastLoginAt, int daysInactive) {
        this.jobInstanceId = jobInstanceId;
        this.accountId = accountId;
        this.login = login;
        this.fullName = fullName;
        this.lastLoginAt = lastLoginAt;
        this.daysInactive = daysInactive;
    }

    public long getJobExecutionId() { return jobInstanceId; }
    public long getAccountId() { return accountId; }
    public String getLogin() { return login; }
    public String getFullName() { return fullName; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public int getDaysInactive() { return daysInactive; }
}
