package vn.ttdt.portal.quota.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.Quarter;

/** The quarters' compliance tables of a site: their state, their rows and what each row counted. */
public interface ComplianceTables {

    Optional<QuarterTable> of(long siteId, Quarter quarter);

    /** The quarter's state, locked against other writers until the transaction ends; empty when never run. */
    Optional<QuarterTable> lockForWriting(long siteId, Quarter quarter);

    /** The tables of the quarters of {@code range} that were ever run, in quarter order. */
    List<QuarterTable> of(long siteId, QuarterRange range);

    /** {@link #of(long, QuarterRange)}, locked against other writers until the transaction ends. */
    List<QuarterTable> lockForWriting(long siteId, QuarterRange range);

    /**
     * Starts run {@code runId} on every quarter of the range: each table created or its rows removed, the lock kept as
     * it was; {@code expectedRows} gives each quarter's rows to come.
     */
    void begin(long siteId, QuarterRange range, long runId, boolean finalRun, Map<Quarter, Integer> expectedRows, Instant at);

    /**
     * Writes rows into their quarters' tables, each replacing the row of the same unit or group (and what it counted)
     * if already written.
     */
    void write(Map<Quarter, QuarterTable> tables, List<ComplianceRow> rows);

    int rowsWritten(long tableId);

    /** The rows written into the tables, all together. */
    int rowsWritten(List<Long> tableIds);

    /** The run has written every row of the tables; a final run locks their quarters. */
    void completed(List<Long> tableIds, Instant at, boolean lock);

    void reopen(long tableId, String by, Instant at);

    /** The table's rows in the groups' and units' order, with names. */
    List<StoredRow> rows(long tableId);

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
