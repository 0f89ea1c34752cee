package vn.ttdt.portal.devserver;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of the quarterly quota job (BENCHMARKS.md): {@link QuotaGenerator}'s ten years of the demo units' items
 * (1,000,000 counted) and posting requests; then a warm-up and {@code runs} measured runs, each: the
 * {@code quota-compliance} job through the back-office API as the approver for one quarter, and for all 40 quarters in one
 * run (each timed from the start request to its end as JBeret recorded it, to the millisecond, or when that is only known
 * to the second to the first poll, every 50 ms, that sees it completed), and in the
 * same run one SQL statement (a GROUP BY over the view the job counts from) computing the same table for that quarter
 * and for the whole range. The job's stored table and the statement's rows are compared row by row (every figure of
 * every unit and group); a difference fails the benchmark with the rows that differ.
 *
 * <pre>java -cp … vn.ttdt.portal.devserver.QuotaBenchmark --url=jdbc:mariadb://127.0.0.1:3307/portal --password=…
 *     --app=http://127.0.0.1:8080 [--items=1000000] [--runs=3] [--chunk=50] [--generate-only]</pre>
 */
public final class QuotaBenchmark {

    /** The quarter timed alone: the middle of the range. */
    private static final int YEAR = 2021;
    private static final int QUARTER = 2;
    private static final int FIRST = QuotaGenerator.FIRST_YEAR * 4;
    private static final int LAST = FIRST + QuotaGenerator.QUARTERS - 1;
    private static final Pattern ENDED_AT = Pattern.compile("\"endedAt\":\"([^\"]+)\"");

    /**
     * The compliance table of quarters {@code ?}…{@code ?} (numbered year × 4 + quarter − 1) as the job computes it:
     * the rule of each group in force in each quarter, each active unit's news and articles published in the quarter
     * (Vietnam time, UTC+7 all year) and still published or archived, the site's posting requests received in the quarter
     * and posted before its end for a rule asking a posted share, one row per unit or one for the group together.
     */
    static final String TABLE = """
            WITH RECURSIVE quarters (qi) AS (
                SELECT CAST(? AS INT) UNION ALL SELECT qi + 1 FROM quarters WHERE qi < ?
            ),
            periods AS (
                SELECT qi, TIMESTAMP(MAKEDATE(qi DIV 4, 1) + INTERVAL (qi MOD 4) * 3 MONTH) - INTERVAL 7 HOUR AS starts,
                       TIMESTAMP(MAKEDATE(qi DIV 4, 1) + INTERVAL (qi MOD 4) * 3 + 3 MONTH) - INTERVAL 7 HOUR AS ends
                FROM quarters
            ),
            published AS (
                SELECT YEAR(i.local) * 4 + (MONTH(i.local) - 1) DIV 3 AS qi, i.source_unit_id AS unit_id,
                       SUM(i.kind = 'NEWS') AS news, SUM(i.kind = 'ARTICLE') AS articles
                FROM (SELECT source_unit_id, kind, published_at + INTERVAL 7 HOUR AS local FROM content_counted_item
                      WHERE site_id = ? AND published_at >= ? AND published_at < ?) i
                GROUP BY qi, i.source_unit_id
            ),
            requests AS (
                SELECT p.qi, COUNT(r.id) AS received, COALESCE(SUM(r.state = 'POSTED' AND r.posted_at < p.ends), 0) AS posted
                FROM periods p LEFT JOIN posting_request r ON r.site_id = ? AND r.received_at >= p.starts AND r.received_at < p.ends
                GROUP BY p.qi
            ),
            rules AS (
                SELECT p.qi, r.id AS rule_id, r.group_id, r.scope, r.minimum_news, r.minimum_articles, r.minimum_posted_percent
                FROM periods p JOIN quota_rule r ON r.site_id = ? AND r.from_year * 4 + r.from_quarter - 1 <= p.qi
                WHERE NOT EXISTS (SELECT 1 FROM quota_rule n WHERE n.site_id = r.site_id AND n.group_id = r.group_id
                    AND n.from_year * 4 + n.from_quarter - 1 <= p.qi
                    AND n.from_year * 4 + n.from_quarter > r.from_year * 4 + r.from_quarter)
            ),
            counted AS (
                SELECT ru.*, u.id AS unit_id, COALESCE(pu.news, 0) AS news, COALESCE(pu.articles, 0) AS articles,
                       IF(ru.minimum_posted_percent > 0 AND u.id IS NOT NULL, rq.received, 0) AS received,
                       IF(ru.minimum_posted_percent > 0 AND u.id IS NOT NULL, rq.posted, 0) AS posted
                FROM rules ru
                JOIN requests rq ON rq.qi = ru.qi
                LEFT JOIN unit u ON u.group_id = ru.group_id AND u.site_id = ? AND u.active
                LEFT JOIN published pu ON pu.qi = ru.qi AND pu.unit_id = u.id
            ),
            subjects AS (
                SELECT qi, group_id, unit_id, rule_id, scope, minimum_news, minimum_articles, minimum_posted_percent,
                       news, articles, received, posted
                FROM counted WHERE scope = 'EACH_UNIT' AND unit_id IS NOT NULL
                UNION ALL
                SELECT qi, group_id, NULL, rule_id, scope, minimum_news, minimum_articles, minimum_posted_percent,
                       SUM(news), SUM(articles), SUM(received), SUM(posted)
                FROM counted WHERE scope = 'GROUP_TOGETHER'
                GROUP BY qi, group_id, rule_id, scope, minimum_news, minimum_articles, minimum_posted_percent
            ),
            assessed AS (
                SELECT s.*, NULLIF(minimum_news, 0) AS required_news, NULLIF(minimum_articles, 0) AS required_articles,
                       IF(minimum_posted_percent > 0, (received * minimum_posted_percent + 99) DIV 100, NULL) AS required_posted
                FROM subjects s
            )
            SELECT qi DIV 4 AS year, qi MOD 4 + 1 AS quarter, group_id, COALESCE(unit_id, 0) AS unit_key, rule_id, scope,
                   required_news, news AS achieved_news, required_articles, articles AS achieved_articles,
                   received AS requests_received, required_posted, posted AS achieved_posted,
                   COALESCE(required_news, 0) + COALESCE(required_articles, 0) + COALESCE(required_posted, 0) AS required,
                   IF(required_news IS NULL, 0, news) + IF(required_articles IS NULL, 0, articles)
                       + IF(required_posted IS NULL, 0, posted) AS achieved,
                   GREATEST(COALESCE(required_news - news, 0), 0) + GREATEST(COALESCE(required_articles - articles, 0), 0)
                       + GREATEST(COALESCE(required_posted - posted, 0), 0) AS shortfall,
                   (COALESCE(news >= required_news, TRUE) AND COALESCE(articles >= required_articles, TRUE)
                       AND COALESCE(posted >= required_posted, TRUE)) + 0 AS met
            FROM assessed
            ORDER BY qi, group_id, unit_key""";

    /** The job's stored table of the same quarters, the same columns. */
    private static final String STORED = """
            SELECT q.year, q.quarter, r.group_id, r.unit_key, r.rule_id, r.scope, r.required_news, r.achieved_news,
                   r.required_articles, r.achieved_articles, r.requests_received, r.required_posted, r.achieved_posted,
                   r.required, r.achieved, r.shortfall, r.met + 0 AS met
            FROM quota_result r JOIN quota_quarter q ON q.id = r.quarter_id
            WHERE q.site_id = ? AND q.year * 4 + q.quarter - 1 BETWEEN ? AND ?
            ORDER BY q.year, q.quarter, r.group_id, r.unit_key""";

    private final Connection db;
    private final BenchDatabase bench;
    private final BackOfficeJobs jobs;
    private final String chunk;
    private final long siteId;

    private QuotaBenchmark(Connection db, BackOfficeJobs jobs, String chunk) throws SQLException {
        this.db = db;
        this.bench = new BenchDatabase(db);
        this.jobs = jobs;
        this.chunk = chunk;
        this.siteId = ContentGenerator.siteId(db, "default");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ContentGenerator.parse(args);
        int items = Integer.parseInt(options.getOrDefault("items", "1000000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        try (Connection db = DriverManager.getConnection(options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3307/portal"),
                options.getOrDefault("user", "portal"), DatabasePassword.of(options))) {
            if (options.containsKey("generate-only")) {
                System.out.println("RESULT inserted=" + new QuotaGenerator(db).generate(items));
                return;
            }
            BackOfficeJobs jobs = BackOfficeJobs.signedIn(URI.create(options.getOrDefault("app", "http://127.0.0.1:8080")), "pheduyet.demo");
            new QuotaBenchmark(db, jobs, options.get("chunk")).run(runs);
        }
    }

    private void run(int runs) throws Exception {
        System.out.printf("%,d counted items (published or archived) of %d units in %d–%d, %,d posting requests; quarter timed alone: %d/%d%n",
                bench.count("SELECT COUNT(*) FROM content_counted_item WHERE site_id = " + siteId),
                bench.count("SELECT COUNT(*) FROM unit WHERE active AND site_id = " + siteId), QuotaGenerator.FIRST_YEAR,
                QuotaGenerator.FIRST_YEAR + QuotaGenerator.YEARS - 1, bench.count("SELECT COUNT(*) FROM posting_request WHERE site_id = " + siteId),
                QUARTER, YEAR);
        System.out.println();
        System.out.println("job s: from the start request to the run's end as recorded (* to the poll, every 50 ms, that saw it completed)");
        System.out.println("run | quarter: job s (steps) | SQL s | job/SQL | 40 quarters: job s (steps) | SQL s | job/SQL | rows | same rows");
        List<Double> quarterJob = new ArrayList<>();
        List<Double> quarterSql = new ArrayList<>();
        List<Double> quarterRatio = new ArrayList<>();
        List<Double> allJob = new ArrayList<>();
        List<Double> allSql = new ArrayList<>();
        List<Double> allRatio = new ArrayList<>();
        int one = YEAR * 4 + QUARTER - 1;
        int rows = 0;
        for (int run = 0; run <= runs; run++) {
            bench.awaitPurge();
            TimedRun quarterRun = runJob(YEAR, QUARTER, YEAR, QUARTER);
            double jobSeconds = quarterRun.seconds();
            String steps = bench.steps(quarterRun.execution());
            long started;
            bench.awaitPurge();
            started = System.nanoTime();
            Map<String, String> sqlQuarter = computed(one, one);
            double sqlSeconds = seconds(started);
            compare(stored(one, one), sqlQuarter, "quarter " + QUARTER + "/" + YEAR);

            bench.awaitPurge();
            TimedRun allRun = runJob(FIRST / 4, FIRST % 4 + 1, LAST / 4, LAST % 4 + 1);
            double allJobSeconds = allRun.seconds();
            String allSteps = bench.steps(allRun.execution());
            bench.awaitPurge();
            started = System.nanoTime();
            Map<String, String> sqlAll = computed(FIRST, LAST);
            double allSqlSeconds = seconds(started);
            compare(stored(FIRST, LAST), sqlAll, "40 quarters");
            rows = sqlAll.size();

            System.out.printf("%s | %.3f%s (%s) | %.3f | %.2f | %.3f%s (%s) | %.3f | %.2f | %,d (quarter %,d) | yes%n",
                    run == 0 ? "warm-up" : Integer.toString(run), jobSeconds, quarterRun.mark(), steps, sqlSeconds,
                    jobSeconds / sqlSeconds, allJobSeconds, allRun.mark(), allSteps, allSqlSeconds, allJobSeconds / allSqlSeconds, rows, sqlQuarter.size());
            if (run > 0) {
                quarterJob.add(jobSeconds);
                quarterSql.add(sqlSeconds);
                quarterRatio.add(jobSeconds / sqlSeconds);
                allJob.add(allJobSeconds);
                allSql.add(allSqlSeconds);
                allRatio.add(allJobSeconds / allSqlSeconds);
            }
        }
        double quarter = Spread.median(quarterRatio);
        double all = Spread.median(allRatio);
        System.out.println();
        System.out.printf("median of %d runs (spread min–max): quarter: job %s s, SQL %s s, job/SQL %s; 40 quarters: job %s s,"
                + " SQL %s s, job/SQL %s%n", runs, Spread.of(quarterJob), Spread.of(quarterSql), Spread.of(quarterRatio),
                Spread.of(allJob), Spread.of(allSql), Spread.of(allRatio));
        System.out.printf("RESULT quarter_job_s=%.2f quarter_sql_s=%.3f quarter_ratio=%.2f all_job_s=%.2f all_sql_s=%.3f all_ratio=%.2f rows=%d same_rows=true%n",
                Spread.median(quarterJob), Spread.median(quarterSql), quarter, Spread.median(allJob), Spread.median(allSql), all, rows);
        System.out.printf("targets: a quarter <= 2x its SQL: %s; 40 quarters <= 2x the SQL over the range: %s; tables equal row by row: yes%n",
                quarter <= 2 ? "met" : "NOT met", all <= 2 ? "met" : "NOT met");
    }

    /**
     * One run of the job for the quarters from {@code year}/{@code quarter} to {@code toYear}/{@code toQuarter}, timed from
     * just before the start request to the run's end as JBeret recorded it ({@code endedAt}, to the millisecond; the
     * benchmark and the server share the machine's clock); when the answer gives the end in whole seconds only (read back
     * from the job repository's DATETIME), to the poll (every 50 ms) that saw it completed.
     */
    private TimedRun runJob(int year, int quarter, int toYear, int toQuarter) throws Exception {
        Instant sent = Instant.now();
        long started = System.nanoTime();
        long execution = jobs.start("/admin/api/v1/jobs/quota-compliance?year=" + year + "&quarter=" + quarter + "&toYear=" + toYear
                + "&toQuarter=" + toQuarter + (chunk == null ? "" : "&chunk=" + chunk));
        String completed = jobs.awaitCompleted("/admin/api/v1/jobs/quota-compliance/executions/" + execution);
        double polled = seconds(started);
        Matcher ended = ENDED_AT.matcher(completed);
        if (ended.find() && ended.group(1).contains(".")) {
            return new TimedRun(execution, Duration.between(sent, Instant.parse(ended.group(1))).toNanos() / 1e9, "");
        }
        return new TimedRun(execution, polled, "*");
    }

    /** A run's execution and time; {@code mark} "*" when timed to the poll instead of the recorded end. */
    private record TimedRun(long execution, double seconds, String mark) {
    }

    /** The statement's rows for quarters {@code first}…{@code last}, by quarter, group and unit. */
    private Map<String, String> computed(int first, int last) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(TABLE)) {
            select.setInt(1, first);
            select.setInt(2, last);
            select.setLong(3, siteId);
            select.setObject(4, utcStart(first));
            select.setObject(5, utcStart(last + 1));
            select.setLong(6, siteId);
            select.setLong(7, siteId);
            select.setLong(8, siteId);
            return rows(select);
        }
    }

    private Map<String, String> stored(int first, int last) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(STORED)) {
            select.setLong(1, siteId);
            select.setInt(2, first);
            select.setInt(3, last);
            return rows(select);
        }
    }

    /** Each row as "figure|figure|…" under its key "year/quarter group unit". */
    private static Map<String, String> rows(PreparedStatement select) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (ResultSet r = select.executeQuery()) {
            ResultSetMetaData columns = r.getMetaData();
            while (r.next()) {
                StringBuilder figures = new StringBuilder();
                for (int c = 5; c <= columns.getColumnCount(); c++) {
                    figures.append(c == 5 ? "" : "|").append(columns.getColumnLabel(c)).append('=').append(r.getString(c));
                }
                rows.put(r.getInt(1) + "/" + r.getInt(2) + " " + r.getLong(3) + " " + r.getLong(4), figures.toString());
            }
        }
        return rows;
    }

    /** Fails with the rows that differ (at most 20 shown) unless both tables have the same rows with the same figures. */
    private static void compare(Map<String, String> job, Map<String, String> sql, String what) {
        List<String> differences = new ArrayList<>();
        for (String key : job.keySet()) {
            if (!Objects.equals(job.get(key), sql.get(key))) {
                differences.add(key + ": job " + job.get(key) + " / SQL " + sql.get(key));
            }
        }
        sql.keySet().stream().filter(key -> !job.containsKey(key)).forEach(key -> differences.add(key + ": job none / SQL " + sql.get(key)));
        if (!differences.isEmpty() || job.isEmpty()) {
            System.out.println("TABLES DIFFER (" + what + "): " + differences.size() + " rows of " + job.size() + " (job) and "
                    + sql.size() + " (SQL)");
            differences.stream().limit(20).forEach(d -> System.out.println("  " + d));
            throw new IllegalStateException("the job's table and the SQL's differ for " + what);
        }
    }

    /** The first instant of quarter {@code qi} in Vietnam, as the UTC wall time the columns hold. */
    private static LocalDateTime utcStart(int qi) {
        return LocalDateTime.of(qi / 4, (qi % 4) * 3 + 1, 1, 0, 0).minusHours(7);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
