package vn.ttdt.portal.batch.quota;

import java.io.Serializable;
import java.time.Instant;

/** A run of the quota job as the progress bar and the job history show it: its quarter, or its range of quarters. */
public record QuotaRunView(long executionId, int year, int quarter, int toYear, int toQuarter, boolean finalRun, String status, String exitStatus,
        Instant startedAt, Instant endedAt, int expectedRows, int rowsWritten, int percent) implements Serializable {
}
