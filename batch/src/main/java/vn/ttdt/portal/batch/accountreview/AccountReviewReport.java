package vn.ttdt.portal.batch.accountreview;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.domain.AccountReviewRepository;

/** Closes a review: writes how many dormant accounts were found to the audit log and the exit status. */
@Named
@Dependent
public class AccountReviewReport extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private AccountReviewRepository reviews;

    @Inject
    private AuditLog audit;

    @Override
    public String process() {
        int found = reviews.findings(job.getInstanceId()).size();
        audit.record("system", AuditAction.ACCOUNT_REVIEW_COMPLETED, "job-instance", job.getInstanceId(),
                "dormant accounts: " + found, null);
        String exitStatus = "FOUND_" + found;
        job.setExitStatus(exitStatus);
        return exitStatus;
    }
}
