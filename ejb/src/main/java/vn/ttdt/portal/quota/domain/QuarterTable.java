package vn.ttdt.portal.quota.domain;

import java.time.Instant;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * A quarter's compliance table (bảng kết quả chỉ tiêu quý) as its latest run left it: the run writing it (a job
 * instance, kept when a crashed run is restarted), the rows it expects, whether the run is final, and the lock. A run
 * replaces the quarter's rows; a final run, allowed only once the quarter has ended, locks the quarter when it
 * completes, and no run is allowed on a locked quarter until the board reopens it ({@code reopened} from then on).
 */
public record QuarterTable(long id, Quarter quarter, long runId, boolean finalRun, int expectedRows, Instant computedAt,
        boolean locked, boolean reopened) {

    public QuarterTable(long id, Quarter quarter, long runId, boolean finalRun, int expectedRows, Instant computedAt,
            boolean locked) {
        this(id, quarter, runId, finalRun, expectedRows, computedAt, locked, false);
    }

    /** Refuses a run of {@code quarter} when its table is locked, or a final run before the quarter has ended. */
    public static void checkCanRun(Optional<QuarterTable> table, Quarter quarter, boolean finalRun, Quarter current) {
        if (table.map(QuarterTable::locked).orElse(false)) {
            throw new BusinessRuleException("quota.quarter.locked", quarter + " is locked", label(quarter));
        }
        if (finalRun && !current.isAfter(quarter)) {
            throw new BusinessRuleException("quota.final.early", quarter + " has not ended in " + current, label(quarter));
        }
    }

    /** Refuses a step's writes when the table is locked or another run has replaced {@code runId}'s. */
    public void checkCanWrite(long writingRunId) {
        if (locked) {
            throw new BusinessRuleException("quota.quarter.locked", quarter + " is locked", label(quarter));
        }
        if (runId != writingRunId) {
            throw new BusinessRuleException("quota.run.replaced", "run " + writingRunId + " replaced by " + runId,
                    label(quarter));
        }
    }

    /** Only a locked quarter can be reopened. */
    public void checkCanReopen() {
        if (!locked) {
            throw new BusinessRuleException("quota.quarter.notLocked", quarter + " is not locked", label(quarter));
        }
    }

    /** The quarter as Vietnamese write it: II/2023. */
    public static String label(Quarter quarter) {
        return new String[] {"I", "II", "III", "IV"}[quarter.number() - 1] + "/" + quarter.year();
    }
}
