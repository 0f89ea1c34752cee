package vn.ttdt.portal.organisation.domain;

import java.time.Instant;
import java.util.List;

public interface AccountReviewRepository {

    /** Ids of active accounts whose last sign-in (or creation) is before the cutoff, above {@code afterId}, ascending. */
    List<Long> dormantAccountIds(Instant cutoff, long afterId, int limit);

    void addAll(List<AccountReviewFinding> findings);

    List<AccountReviewFinding> findings(long jobInstanceId);
}
