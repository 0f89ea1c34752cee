package vn.ttdt.portal.quota.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.quota.domain.ComplianceRow;
import vn.ttdt.portal.quota.domain.ComplianceTables;
import vn.ttdt.portal.quota.domain.CountedIds;
import vn.ttdt.portal.quota.domain.CountedItem;
import vn.ttdt.portal.quota.domain.Measure;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.shared.domain.Quarter;
import vn.ttdt.portal.shared.infrastructure.jdbc.Row;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** The tables {@code quota_quarter} and {@code quota_result} (V16; a row's counted items in {@code counted_ids}, V36). */
@ApplicationScoped
public class JdbcComplianceTables implements ComplianceTables {

    private static final String TABLE = """
            SELECT id, year, quarter, run_id, final_run, expected_rows, computed_at, locked, reopened_at
            FROM quota_quarter WHERE site_id = ? AND year = ? AND quarter = ?""";

    private static final String RANGE = """
            SELECT id, year, quarter, run_id, final_run, expected_rows, computed_at, locked, reopened_at
            FROM quota_quarter WHERE site_id = ? AND (year, quarter) >= (?, ?) AND (year, quarter) <= (?, ?)
            ORDER BY year, quarter""";

    private static final String INSERT_ROWS = """
            INSERT INTO quota_result (quarter_id, group_id, unit_id, rule_id, scope, required_news, achieved_news,
                required_articles, achieved_articles, requests_received, required_posted, achieved_posted, required,
                achieved, shortfall, met, final, run_id, counted_items, counted_ids)""";

    private static final int ROW_COLUMNS = 20;

    private static final String REPLACING = """
             ON DUPLICATE KEY UPDATE rule_id = VALUES(rule_id), scope = VALUES(scope), required_news = VALUES(required_news),
                achieved_news = VALUES(achieved_news), required_articles = VALUES(required_articles),
                achieved_articles = VALUES(achieved_articles), requests_received = VALUES(requests_received),
                required_posted = VALUES(required_posted), achieved_posted = VALUES(achieved_posted),
                required = VALUES(required), achieved = VALUES(achieved), shortfall = VALUES(shortfall), met = VALUES(met),
                final = VALUES(final), run_id = VALUES(run_id), counted_items = VALUES(counted_items),
                counted_ids = VALUES(counted_ids)""";

    private static final String ROWS = """
            SELECT r.id, r.group_id, g.name AS group_name, r.unit_id, u.name AS unit_name, r.scope, r.required_news,
                r.achieved_news, r.required_articles, r.achieved_articles, r.requests_received, r.required_posted,
                r.achieved_posted, r.required, r.achieved, r.shortfall, r.met, r.final, r.run_id, r.counted_items
            FROM quota_result r JOIN unit_group g ON g.id = r.group_id LEFT JOIN unit u ON u.id = r.unit_id
            WHERE r.quarter_id = ?
            ORDER BY g.sort_order, g.id, r.unit_key""";

    @Inject
    private Sql sql;

    @Override
    public Optional<QuarterTable> of(long siteId, Quarter quarter) {
        return sql.first(TABLE, List.of(siteId, quarter.year(), quarter.number()), JdbcComplianceTables::table);
    }

    @Override
    public Optional<QuarterTable> lockForWriting(long siteId, Quarter quarter) {
        return sql.first(TABLE + " FOR UPDATE", List.of(siteId, quarter.year(), quarter.number()), JdbcComplianceTables::table);
    }

    @Override
    public List<QuarterTable> of(long siteId, QuarterRange range) {
        return sql.list(RANGE, rangeKey(siteId, range), JdbcComplianceTables::table);
    }

    @Override
    public List<QuarterTable> lockForWriting(long siteId, QuarterRange range) {
        return sql.list(RANGE + " FOR UPDATE", rangeKey(siteId, range), JdbcComplianceTables::table);
    }

    @Override
    public void begin(long siteId, QuarterRange range, long runId, boolean finalRun, Map<Quarter, Integer> expectedRows, Instant at) {
        sql.batch("""
                INSERT INTO quota_quarter (site_id, year, quarter, run_id, final_run, expected_rows, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE run_id = VALUES(run_id), final_run = VALUES(final_run),
                    expected_rows = VALUES(expected_rows), started_at = VALUES(started_at), computed_at = NULL""",
                range.quarters(), quarter -> List.of(siteId, quarter.year(), quarter.number(), runId, finalRun,
                        expectedRows.getOrDefault(quarter, 0), at));
        sql.update("DELETE r FROM quota_result r JOIN quota_quarter q ON q.id = r.quarter_id WHERE q.site_id = ?"
                + " AND (q.year, q.quarter) >= (?, ?) AND (q.year, q.quarter) <= (?, ?)", rangeKey(siteId, range));
    }

    @Override
    public void write(Map<Quarter, QuarterTable> tables, List<ComplianceRow> rows) {
        sql.upsertRows(INSERT_ROWS, ROW_COLUMNS, rows, row -> {
            QuarterTable table = tables.get(row.quarter());
            return Arrays.asList(table.id(), row.groupId(), row.unitId(), row.ruleId(), row.scope(),
                    row.required(Measure.NEWS), row.counts().news(), row.required(Measure.ARTICLES), row.counts().articles(),
                    row.counts().requestsReceived(), row.required(Measure.POSTED_REQUESTS), row.counts().requestsPosted(),
                    row.compliance().required(), row.compliance().achieved(), row.compliance().shortfall(),
                    row.compliance().met(), table.finalRun(), table.runId(), row.counted().count(), row.counted().encoded());
        }, REPLACING.strip());
    }

    @Override
    public int rowsWritten(long tableId) {
        return rowsWritten(List.of(tableId));
    }

    @Override
    public int rowsWritten(List<Long> tableIds) {
        return tableIds.isEmpty() ? 0
                : (int) sql.number("SELECT COUNT(*) FROM quota_result WHERE quarter_id IN (" + Sql.numbers(tableIds) + ")", List.of());
    }

    @Override
    public void completed(List<Long> tableIds, Instant at, boolean lock) {
        if (!tableIds.isEmpty()) {
            sql.update("UPDATE quota_quarter SET computed_at = ?, locked = ?, locked_at = CASE WHEN ? THEN ? END WHERE id IN ("
                    + Sql.numbers(tableIds) + ")", List.of(at, lock, lock, at));
        }
    }

    @Override
    public void reopen(long tableId, String by, Instant at) {
        sql.update("UPDATE quota_quarter SET locked = FALSE, reopened_by = ?, reopened_at = ? WHERE id = ?",
                List.of(by, at, tableId));
        sql.update("UPDATE quota_result SET final = FALSE WHERE quarter_id = ?", List.of(tableId));
    }

    @Override
    public List<StoredRow> rows(long tableId) {
        return sql.list(ROWS, List.of(tableId), r -> new StoredRow(r.getLong("id"), r.getLong("group_id"),
                r.getString("group_name"), r.getNullableLong("unit_id"), r.getString("unit_name"),
                r.getEnum("scope", QuotaScope.class), r.getNullableInt("required_news"), r.getInt("achieved_news"),
                r.getNullableInt("required_articles"), r.getInt("achieved_articles"), r.getInt("requests_received"),
                r.getNullableInt("required_posted"), r.getInt("achieved_posted"), r.getInt("required"),
                r.getInt("achieved"), r.getInt("shortfall"), r.getBoolean("met"), r.getBoolean("final"),
                r.getLong("run_id"), r.getInt("counted_items")));
    }

    @Override
    public List<Quarter> finalQuarters(long siteId) {
        return sql.list("""
                SELECT DISTINCT q.year, q.quarter FROM quota_quarter q JOIN quota_result r ON r.quarter_id = q.id
                WHERE q.site_id = ? AND r.final ORDER BY q.year, q.quarter""", List.of(siteId),
                r -> new Quarter(r.getInt("year"), r.getInt("quarter")));
    }

    @Override
    public List<HistoryRow> history(long siteId, Quarter first, Quarter last) {
        return sql.list("""
                SELECT q.year, q.quarter, r.group_id, r.unit_key, r.required, r.achieved, r.met
                FROM quota_result r JOIN quota_quarter q ON q.id = r.quarter_id
                WHERE q.site_id = ? AND q.year * 4 + q.quarter BETWEEN ? AND ?
                ORDER BY q.year, q.quarter""", List.of(siteId, first.year() * 4 + first.number(), last.year() * 4 + last.number()),
                r -> new HistoryRow(new Quarter(r.getInt("year"), r.getInt("quarter")), r.getLong("group_id"), r.getLong("unit_key"),
                        r.getInt("required"), r.getInt("achieved"), r.getBoolean("met")));
    }

    @Override
    public List<CountedItemDetail> countedItemDetails(long tableId, long resultId) {
        List<CountedItem> counted = sql.first("SELECT counted_ids FROM quota_result WHERE quarter_id = ? AND id = ?",
                List.of(tableId, resultId), r -> CountedIds.parse(r.getString("counted_ids")).items()).orElse(List.of());
        Map<Long, CountedItem.Kind> kinds = new HashMap<>();
        counted.stream().filter(i -> i.kind() != CountedItem.Kind.POSTING_REQUEST).forEach(item -> kinds.put(item.id(), item.kind()));
        List<Long> requests = counted.stream().filter(i -> i.kind() == CountedItem.Kind.POSTING_REQUEST).map(CountedItem::id).toList();
        List<CountedItemDetail> details = new ArrayList<>();
        if (!kinds.isEmpty()) {
            sql.forEach("SELECT id, title, published_at FROM content_item WHERE id IN (" + Sql.numbers(kinds.keySet()) + ")", List.of(), 0,
                    r -> details.add(new CountedItemDetail(kinds.get(r.getLong("id")), r.getLong("id"), r.getString("title"),
                            r.getInstant("published_at"))));
        }
        if (!requests.isEmpty()) {
            sql.forEach("SELECT id, summary, posted_at FROM posting_request WHERE id IN (" + Sql.numbers(requests) + ")", List.of(), 0,
                    r -> details.add(new CountedItemDetail(CountedItem.Kind.POSTING_REQUEST, r.getLong("id"), r.getString("summary"),
                            r.getInstant("posted_at"))));
        }
        details.sort(Comparator.comparing(CountedItemDetail::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(CountedItemDetail::id));
        return details;
    }

    private static List<Object> rangeKey(long siteId, QuarterRange range) {
        return List.of(siteId, range.first().year(), range.first().number(), range.last().year(), range.last().number());
    }

    private static QuarterTable table(Row r) {
        return new QuarterTable(r.getLong("id"), new Quarter(r.getInt("year"), r.getInt("quarter")), r.getLong("run_id"),
                r.getBoolean("final_run"), r.getInt("expected_rows"), r.getInstant("computed_at"), r.getBoolean("locked"),
                r.getInstant("reopened_at") != null);
    }
}
