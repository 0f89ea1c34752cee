package vn.ttdt.portal.quota.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.Quarter;

/** The quarters' compliance tables of a site: their state, their rows and what each row counted. */
public interface ComplianceTables {

    Optional<QuarterTable> of(long siteId, Quarter quarter);

    /** The quarter's state, locked against other writers until the transaction ends; empty when never run. */
    Optional<QuarterTable> lockForWriting(long siteId, Quarter quarter);

    /** Starts run {@code runId} on the quarter: its table created or its rows removed, the lock kept as it was. */
    void begin(long siteId, Quarter quarter, long runId, boolean finalRun, int expectedRows, Instant at);

    /** Writes rows, each replacing the row of the same unit or group (and its counted items) if already written. */
    void write(QuarterTable table, List<ComplianceRow> rows);

    int rowsWritten(long tableId);

    /** The run has written every row; a final run locks the quarter. */
    void completed(long tableId, Instant at, boolean lock);

    void reopen(long tableId, String by, Instant at);

    /** The table's rows in the groups' and units' order, with names. */
    List<StoredRow> rows(long tableId);

    /** The counted items of one row of the table. */
    List<CountedItem> countedItems(long tableId, long resultId);

    /** A row as stored, with the group's and unit's names; unit null for a group's row; required null when not asked. */
    record StoredRow(long id, long groupId, String group, Long unitId, String unit, QuotaScope scope,
            Integer requiredNews, int achievedNews, Integer requiredArticles, int achievedArticles, int requestsReceived,
            Integer requiredPosted, int achievedPosted, int required, int achieved, int shortfall, boolean met,
            boolean finalRun, long runId, int countedItems) {
    }
}
