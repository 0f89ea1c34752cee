package vn.ttdt.portal.batch.accountreview;

import java.time.Instant;
import vn.ttdt.portal.organisation.domain.AccountReviewFinding;

/** A dormant account found by an account review, as the back-office API answers it. */
public record AccountReviewFindingView(long jobExecutionId, long accountId, String login, String fullName, Instant lastLoginAt,
                                       int daysInactive) {

    public static AccountReviewFindingView of(AccountReviewFinding finding) {
        return new AccountReviewFindingView(finding.getJobExecutionId(), finding.getAccountId(), finding.getLogin(),
                finding.getFullName(), finding.getLastLoginAt(), finding.getDaysInactive());
    }
}
