package vn.ttdt.portal.devserver;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Benchmark of the monthly payroll job (BENCHMARKS.md): a month of generated work shares (default 100,000:
 * 50,000 works of two authors among 1,000 contributors), computed by the {@code royalty-payroll} Jakarta Batch
 * job through the back-office API (timed from the start request to the first poll of the job repository, every 50 ms,
 * that sees it completed),
 * and in the same run by one {@code INSERT … SELECT} computing the same lines into the same table (under a payroll row
 * of its own) in
 * SQL (window functions for the co-author remainder). Prints both rates, the ratio, and whether the two gave the
 * very same lines.
 *
 * <pre>java -cp … vn.ttdt.portal.devserver.PayrollBenchmark --url=jdbc:mariadb://127.0.0.1:3307/portal
 *     --app=http://127.0.0.1:8080 --shares=100000 --runs=3</pre>
 */
public final class PayrollBenchmark {

    static final String MONTH = "2019-11";
    /** The period of the payroll row that holds the statement's lines; no job ever computes it. */
    private static final String SQL_PERIOD = "2999-12";
    private static final String SLUG = "nb-bench-";
    private static final int CONTRIBUTORS = 1000;

    private final Connection db;
    private final BenchDatabase bench;
    private final URI app;
    private BackOfficeJobs jobs;

    private final String chunk;

    private PayrollBenchmark(Connection db, URI app, String chunk) {
        this.db = db;
        this.bench = new BenchDatabase(db);
        this.app = app;
        this.chunk = chunk;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        int shares = Integer.parseInt(options.getOrDefault("shares", "100000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        try (Connection db = DriverManager.getConnection(options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3307/portal"),
                options.getOrDefault("user", "portal"), DatabasePassword.of(options))) {
            new PayrollBenchmark(db, URI.create(options.getOrDefault("app", "http://127.0.0.1:8080")), options.get("chunk")).run(shares, runs);
        }
    }

    private void run(int shares, int runs) throws Exception {
        jobs = BackOfficeJobs.signedIn(app, "ketoan.demo");
        generate(shares / 2);
        System.out.printf("From %s: %,d works with two authors each are graded and payable; run n computes the payroll of %s + n months.%n", MONTH, count(
                "SELECT COUNT(*) FROM content_item WHERE slug LIKE '" + SLUG + "%'"), MONTH);
        System.out.println();
        System.out.println("run | job lines | job s | job lines/s | SQL lines | SQL s | SQL lines/s | job/SQL time | same lines");
        List<Double> jobTimes = new ArrayList<>();
        List<Double> sqlTimes = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long lines = 0;
        boolean allSame = true;
        forgetStatementLines();
        forgetEarlierRuns(runs);
        for (int run = 0; run <= runs; run++) {
            String month = YearMonth.parse(MONTH).plusMonths(run).toString();
            long started = System.nanoTime();
            long execution = startJob(month);
            awaitCompleted(execution);
            double jobSeconds = (System.nanoTime() - started) / 1e9;
            String steps = bench.steps(execution);
            long payrollId = count("SELECT id FROM payroll WHERE period = '" + month + "'");
            lines = count("SELECT COUNT(*) FROM payroll_line WHERE payroll_id = " + payrollId);
            double sqlSeconds = insertSelect(payrollId, month);
            long sqlLines = count("SELECT COUNT(*) FROM payroll_line WHERE payroll_id = (SELECT id FROM payroll WHERE period = '"
                    + SQL_PERIOD + "')");
            boolean same = sameLines(payrollId, lines, sqlLines);
            forgetStatementLines();
            allSame &= same;
            String label = (run == 0 ? "warm-up" : Integer.toString(run)) + " (" + steps + ")";
            System.out.printf("%s | %,d | %.2f | %,.0f | %,d | %.2f | %,.0f | %.2f | %s%n", label, lines, jobSeconds,
                    lines / jobSeconds, sqlLines, sqlSeconds, sqlLines / sqlSeconds, jobSeconds / sqlSeconds, same ? "yes" : "NO");
            if (run > 0) {
                jobTimes.add(jobSeconds);
                sqlTimes.add(sqlSeconds);
                ratios.add(jobSeconds / sqlSeconds);
            }
        }
        double rate = lines / Spread.median(jobTimes);
        double ratio = Spread.median(ratios);
        System.out.println();
        System.out.printf("median of %d runs (spread min–max): job %s s, SQL %s s, job/SQL of the same run %s%n", runs,
                Spread.of(jobTimes), Spread.of(sqlTimes), Spread.of(ratios));
        System.out.printf("RESULT job_lines_per_s=%.0f sql_lines_per_s=%.0f ratio=%.2f same_lines=%s%n", rate,
                lines / Spread.median(sqlTimes), ratio, allSame);
        System.out.printf("targets: >= 5,000 lines/s: %s; <= 2x the SQL: %s; same lines: %s; next step <= 1.2x the SQL: %s%n",
                rate >= 5000 ? "met" : "NOT met", ratio <= 2 ? "met" : "NOT met", allSame ? "yes" : "NO",
                ratio <= 1.2 ? "met" : "not yet");
    }

    /** Works of {@link #MONTH}, two authors each among {@value #CONTRIBUTORS} contributor accounts, graded 1–10 (idempotent). */
    private void generate(int works) throws SQLException {
        long existing = count("SELECT COUNT(*) FROM content_item WHERE slug LIKE '" + SLUG + "%'");
        if (existing >= works) {
            return;
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    INSERT IGNORE INTO account (site_id, login, full_name, email, password_hash, password_changed_at, active,
                        pen_name, tax_code, bank_account_number, bank_name, created_at, updated_at)
                    SELECT (SELECT MIN(id) FROM site), CONCAT('ctv.bench.', seq), CONCAT('Cộng tác viên ', seq),
                        CONCAT('ctv.bench.', seq, '@cammy.example.vn'), 'x', UTC_TIMESTAMP(), TRUE,
                        CONCAT('Bút danh ', seq), LPAD(seq, 10, '8'), LPAD(seq, 13, '0'), 'Agribank Cẩm Mỹ', UTC_TIMESTAMP(), UTC_TIMESTAMP()
                    FROM seq_1_to_%d""".formatted(CONTRIBUTORS));
            s.executeUpdate("""
                    INSERT INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id, state,
                        created_by, created_at, updated_at, published_at, search_text)
                    SELECT (SELECT MIN(id) FROM site), 'NEWS', 'NEWS_OR_REPLY', CONCAT('Tin nhuận bút thử ', seq), CONCAT('%1$s', seq),
                        'Sapo', '<p>Nội dung</p>', (SELECT MIN(id) FROM category), (SELECT MIN(id) FROM unit), 'PUBLISHED',
                        'bientap.demo', UTC_TIMESTAMP(), UTC_TIMESTAMP(),
                        TIMESTAMP('2019-10-31 17:00:00') + INTERVAL (seq MOD 29) DAY + INTERVAL (seq MOD 1440) MINUTE, ' tin nhuan but thu '
                    FROM seq_%2$d_to_%3$d""".formatted(SLUG, existing + 1, works));
            s.executeUpdate("""
                    INSERT INTO content_author (item_id, position, name, account_id, share_percent)
                    SELECT ci.id, 0, a.full_name, a.id, 33.33 FROM content_item ci
                        JOIN account a ON a.login = CONCAT('ctv.bench.', 1 + ci.id MOD %1$d)
                        WHERE ci.slug LIKE '%2$s%%' AND NOT EXISTS (SELECT 1 FROM content_author x WHERE x.item_id = ci.id)
                    UNION ALL
                    SELECT ci.id, 1, a.full_name, a.id, 66.67 FROM content_item ci
                        JOIN account a ON a.login = CONCAT('ctv.bench.', 1 + (ci.id * 7) MOD %1$d)
                        WHERE ci.slug LIKE '%2$s%%' AND NOT EXISTS (SELECT 1 FROM content_author x WHERE x.item_id = ci.id)"""
                    .formatted(CONTRIBUTORS, SLUG));
            s.executeUpdate("""
                    INSERT IGNORE INTO royalty_grading (item_id, coefficient, adjustment, adjustment_percent, payable, graded_by, graded_at)
                    SELECT id, 1 + (id MOD 900) / 100, 'NONE', 100, TRUE, 'pheduyet.demo', UTC_TIMESTAMP()
                    FROM content_item WHERE slug LIKE '%s%%'""".formatted(SLUG));
        }
    }

    /**
     * Each run computes a payroll of its own month (the generated works are due in every month from {@link #MONTH}
     * on, as none is approved), so no run meets the rows of another deleted under it. The drafts of an earlier
     * benchmark are removed first, and InnoDB is given time to purge them before anything is timed.
     */
    private void forgetEarlierRuns(int runs) throws Exception {
        String months = "'" + MONTH + "'";
        for (int run = 1; run <= runs; run++) {
            months += ",'" + YearMonth.parse(MONTH).plusMonths(run) + "'";
        }
        if (count("SELECT COUNT(*) FROM payroll WHERE period IN (" + months + ") AND status <> 'DRAFT'") > 0) {
            throw new IllegalStateException("a payroll of these months was approved in this database: use a fresh run directory");
        }
        try (Statement s = db.createStatement()) {
            String payrolls = "SELECT id FROM payroll WHERE period IN (" + months + ")";
            s.executeUpdate("DELETE FROM payroll_payee WHERE payroll_id IN (" + payrolls + ")");
            s.executeUpdate("DELETE FROM payroll_line WHERE payroll_id IN (" + payrolls + ")");
            s.executeUpdate("DELETE FROM payroll WHERE period IN (" + months + ")");
        }
        bench.awaitPurge();
    }

    private long startJob(String month) throws Exception {
        return jobs.start("/admin/api/v1/jobs/royalty-payroll?month=" + month + (chunk == null ? "" : "&chunk=" + chunk));
    }

    /** The job's end as JBeret's repository records it, polled every 50 ms outside the server (BenchDatabase). */
    private void awaitCompleted(long execution) throws Exception {
        bench.awaitCompleted(execution);
    }

    /** The same lines computed in one statement, with the unit value of each publication day and the remainder to the first author. */
    private double insertSelect(long payrollId, String month) throws Exception {
        long scratch = scratchPayroll();
        String sql = """
                INSERT INTO payroll_line (payroll_id, line_key, kind, payee_key, payee_name, account_id, item_id, author_position,
                    role_code, title, published_on, coefficient, unit_value, adjustment_percent, work_amount, share_percent, amount)
                SELECT ?, CONCAT('W:', w.item_id, ':', w.position), 'WORK', w.payee_key, w.name, w.account_id, w.item_id, w.position,
                    NULL, w.title, w.published_on, w.coefficient, w.unit_value, w.adjustment_percent, w.work_amount, w.share_percent,
                    CASE WHEN w.position = w.first_position
                         THEN w.work_amount - SUM(IF(w.position = w.first_position, 0, w.rounded)) OVER (PARTITION BY w.item_id)
                         ELSE w.rounded END
                FROM (
                    SELECT v.*, ROUND(v.work_amount * v.share_percent / 100) AS rounded
                    FROM (
                        SELECT d.*, ROUND(d.coefficient * d.unit_value * d.adjustment_percent / 100) AS work_amount
                        FROM (
                            SELECT ci.id AS item_id, ca.position, ca.name, ca.account_id, ca.share_percent, ci.title,
                                   DATE(ci.published_at + INTERVAL 7 HOUR) AS published_on, g.coefficient, g.adjustment_percent,
                                   IF(ca.account_id IS NULL, NULL, CONCAT('A:', ca.account_id)) AS payee_key,
                                   MIN(ca.position) OVER (PARTITION BY ci.id) AS first_position,
                                   ROUND((SELECT p.value FROM royalty_parameter p WHERE p.site_id = ci.site_id AND p.name = 'BASE_SALARY'
                                            AND p.effective_from <= DATE(ci.published_at + INTERVAL 7 HOUR) ORDER BY p.effective_from DESC LIMIT 1)
                                       * (SELECT p.value FROM royalty_parameter p WHERE p.site_id = ci.site_id AND p.name = 'UNIT_VALUE_PERCENT'
                                            AND p.effective_from <= DATE(ci.published_at + INTERVAL 7 HOUR) ORDER BY p.effective_from DESC LIMIT 1)
                                       / 100) AS unit_value
                            FROM content_item ci
                            JOIN royalty_grading g ON g.item_id = ci.id AND g.payable AND NOT g.settled
                            JOIN content_author ca ON ca.item_id = ci.id
                            LEFT JOIN royalty_settlement s ON s.item_id = ca.item_id AND s.author_position = ca.position
                            WHERE ci.site_id = (SELECT site_id FROM payroll WHERE id = ?) AND ci.state IN ('PUBLISHED', 'ARCHIVED')
                              AND ci.published_at < TIMESTAMP(?) - INTERVAL 7 HOUR
                              AND s.item_id IS NULL
                        ) d
                    ) v
                ) w""";
        long started = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setLong(1, scratch);
            insert.setLong(2, payrollId);
            insert.setString(3, YearMonth.parse(month).plusMonths(1).atDay(1) + " 00:00:00");
            insert.executeUpdate();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * A payroll row of its own for the statement's lines, so that they go into the same table as the job's, with the
     * same indexes and the rows of earlier runs around them (an empty scratch table would favour the statement).
     */
    private long scratchPayroll() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO payroll (site_id, period, status) SELECT MIN(id), '" + SQL_PERIOD + "', 'DRAFT' FROM site");
        }
        return count("SELECT id FROM payroll WHERE period = '" + SQL_PERIOD + "'");
    }

    /** The statement's lines removed (outside the timing), and InnoDB's purge awaited, before the next run. */
    private void forgetStatementLines() throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM payroll_line WHERE payroll_id = " + scratchPayroll());
        }
        bench.awaitPurge();
    }

    /** Whether the job and the SQL wrote exactly the same lines: same keys, payees and amounts, none missing on either side. */
    private boolean sameLines(long payrollId, long jobLines, long sqlLines) throws SQLException {
        long matching = count("SELECT COUNT(*) FROM payroll_line j JOIN payroll_line b ON b.line_key = j.line_key "
                + "AND b.payroll_id = (SELECT id FROM payroll WHERE period = '" + SQL_PERIOD + "') "
                + "WHERE j.payroll_id = " + payrollId + " AND j.kind = 'WORK' AND b.amount = j.amount AND b.payee_key = j.payee_key "
                + "AND b.unit_value = j.unit_value AND b.work_amount = j.work_amount");
        long jobWorkLines = count("SELECT COUNT(*) FROM payroll_line WHERE payroll_id = " + payrollId + " AND kind = 'WORK'");
        return matching == jobWorkLines && matching == sqlLines && jobLines >= jobWorkLines;
    }

    private long count(String sql) throws SQLException {
        return bench.count(sql);
    }
}
