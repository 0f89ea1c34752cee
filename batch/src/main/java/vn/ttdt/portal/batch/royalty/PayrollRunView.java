package vn.ttdt.portal.batch.royalty;

import java.io.Serializable;
import java.time.Instant;

/** A run of the payroll job as the progress bar and the job history show it. */
public record PayrollRunView(long executionId, String month, String status, String exitStatus, Instant startedAt, Instant endedAt,
        int expectedWorks, int worksWritten, int percent) implements Serializable {
}
