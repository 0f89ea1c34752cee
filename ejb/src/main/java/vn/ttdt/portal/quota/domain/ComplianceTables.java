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

    /** The quarters of the site whose results are final: a final run locked them and the board has not reopened them. */
    List<Quarter> finalQuarters(long siteId);

    /** The figures of every row of the site's quarters from {@code first} to {@code last}, for the trends. */
    List<HistoryRow> history(long siteId, Quarter first, Quarter last);

    /** The items one row of the table counted, with their titles and dates, oldest first. */
    List<CountedItemDetail> countedItemDetails(long tableId, long resultId);

    /** A row's figures in one quarter, by its group and unit ({@code unitKey} 0 for the group's row). */
    record HistoryRow(Quarter quarter, long groupId, long unitKey, long required, long achieved, boolean met) {
    }

    /** A counted item: a news item or article (title, published) or a posting request (summary, posted). */
    record CountedItemDetail(CountedItem.Kind kind, long id, String title, Instant at) {
    }

    /** A row as stored, with the group's and unit's names; unit null for a group's row; required null when not asked. */
    record StoredRow(long id, long groupId, String group, Long unitId, String unit, QuotaScope scope,
            Integer requiredNews, int achievedNews, Integer requiredArticles, int achievedArticles, int requestsReceived,
            Integer requiredPosted, int achievedPosted, int required, int achieved, int shortfall, boolean met,
            boolean finalRun, long runId, int countedItems) {
    }
}
