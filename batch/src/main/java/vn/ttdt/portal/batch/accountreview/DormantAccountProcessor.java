package vn.ttdt.portal.batch.accountreview;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.AccountReviewFinding;
import vn.ttdt.portal.organisation.domain.DormancyRule;

/** Turns a dormant account's id into a finding, or drops it if it was used in the meantime. */
@Named
@Dependent
public class DormantAccountProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "days")
    private String days;

    @Inject
    private JobContext job;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Override
    public AccountReviewFinding processItem(Object item) {
        Instant now = clock.instant();
        DormancyRule rule = new DormancyRule(Integer.parseInt(days == null ? "90" : days.strip()));
        Account account = accounts.byId((Long) item).orElse(null);
        if (account == null) {
            return null;
        }
        return rule.daysInactive(account, now)
                .map(inactive -> new AccountReviewFinding(job.getInstanceId(), account.getId(), account.getLogin(),
                        account.getFullName(), account.getLastLoginAt(), inactive))
                .orElse(null);
    }
}
