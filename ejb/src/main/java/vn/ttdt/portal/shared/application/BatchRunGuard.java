package vn.ttdt.portal.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * Keeps two nodes from starting a run of one batch job for the same period at once. A start holds the period's row of
 * {@code batch_run_guard} (V34) until its transaction ends, so the start on another node waits, then finds the run
 * this one started among the job's running executions (the JDBC job repository every node shares) and is refused
 * like a second start on one node.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BatchRunGuard {

    @Inject
    private Sql sql;

    /** Holds the row of {@code job} and {@code period} of this site until the caller's transaction ends. */
    public void hold(String job, String period) {
        hold(job, List.of(period));
    }

    /** Holds the rows of {@code job} and each of {@code periods} of this site, in their order, in one round trip. */
    public void hold(String job, List<String> periods) {
        String site = Settings.text("portal.site.code", "default");
        sql.batch("INSERT INTO batch_run_guard (job, site_code, period) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE period = period",
                periods, period -> List.of(job, site, period));
    }
}
