package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * A payroll run cut short by a killed server (SIGKILL, no shutdown) restarts from its last checkpoint on the
 * JDBC job repository and ends with the same totals as an uninterrupted run, with no line written twice.
 * Runs on the crash tests' own WildFly ({@link CrashServer}), so killing it disturbs no other test.
 */
@OnCrashServer
@ResourceLock(CrashServer.LOCK)
class PayrollCrashIT {

    private static final int WORKS = 6000;

    private StandaloneServer server;

    @BeforeEach
    void startServer() {
        server = CrashServer.running();
    }

    @Test
    void aRunKilledMidwayRestartsFromItsCheckpointAndPaysNobodyTwice() throws Exception {
        createGradedWorks();
        Portal finance = Portal.signedIn(Role.FINANCE, server.uri());

        HttpResponse<String> started = finance.json("POST", "/admin/api/v1/jobs/royalty-payroll?month=2019-08&chunk=5", null);
        assertEquals(200, started.statusCode(), started.body());
        long first = Long.parseLong(Json.field(started.body(), "executionId"));
        int writtenAtKill = Await.until("the run to be well under way", () -> count(
                "SELECT COUNT(DISTINCT item_id) FROM payroll_line"), n -> n >= WORKS / 5, Duration.ofSeconds(120));
        server.kill();
        int committed = count("SELECT COUNT(DISTINCT item_id) FROM payroll_line");
        assertTrue(committed >= writtenAtKill && committed < WORKS, "killed mid-way: " + committed + " of " + WORKS + " works written");
        String jobExecution = string("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND LOWER(table_name) = 'job_execution'");
        assertEquals("STARTED", string("SELECT batchstatus FROM " + jobExecution + " WHERE jobexecutionid = " + first),
                "the killed run never ended");
        long lastLineBeforeKill = Long.parseLong(string("SELECT MAX(id) FROM payroll_line"));

        server.start();
        finance = Portal.signedIn(Role.FINANCE, server.uri());
        HttpResponse<String> restarted = finance.json("POST", "/admin/api/v1/jobs/royalty-payroll/executions/" + first + "/restart", null);
        assertEquals(200, restarted.statusCode(), restarted.body());
        long second = Long.parseLong(Json.field(restarted.body(), "executionId"));
        assertNotEquals(first, second);
        assertEquals("COMPLETED", RoyaltyFixture.awaitEnd(finance, second, Duration.ofSeconds(180)));

        // 5 × 149,000 = 745,000 per work, 372,500 to each of its two authors; every share exactly once
        assertEquals(2 * WORKS, count("SELECT COUNT(*) FROM payroll_line"));
        assertEquals(2 * WORKS, count("SELECT COUNT(DISTINCT line_key) FROM payroll_line"));
        assertEquals(0, count("SELECT COUNT(*) FROM payroll_line WHERE amount <> 372500"));
        String totals = string("SELECT CONCAT(total_gross, '/', total_tax, '/', total_net, '/', line_count) FROM payroll WHERE period = '2019-08'");
        assertEquals((745_000L * WORKS) + "/" + (74_500L * WORKS) + "/" + (670_500L * WORKS) + "/" + (2 * WORKS), totals);
        assertEquals(2 * committed, count("SELECT COUNT(*) FROM payroll_line WHERE id <= " + lastLineBeforeKill),
                "the restart kept the lines committed before the kill and resumed after them");

        long uninterrupted = RoyaltyFixture.start(finance, "2019-08");
        assertEquals("COMPLETED", RoyaltyFixture.awaitEnd(finance, uninterrupted, Duration.ofSeconds(180)));
        assertEquals(totals, string("SELECT CONCAT(total_gross, '/', total_tax, '/', total_net, '/', line_count) FROM payroll "
                + "WHERE period = '2019-08'"), "an uninterrupted run gives the same totals");
    }

    /** Works published on 2019-08-10 (Vietnam), two authors at 50% each, graded 5, written straight into the database. */
    private static void createGradedWorks() throws SQLException {
        try (Connection c = Database.connect(CrashServer.SCHEMA); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id, state,
                        created_by, created_at, updated_at, published_at, search_text)
                    SELECT (SELECT MIN(id) FROM site), 'NEWS', 'NEWS_OR_REPLY', CONCAT('Tin khôi phục ', seq), CONCAT('tin-khoi-phuc-', seq),
                        'Sapo', '<p>Nội dung</p>', (SELECT MIN(id) FROM category), (SELECT MIN(id) FROM unit), 'PUBLISHED',
                        'ctv.demo', UTC_TIMESTAMP(), UTC_TIMESTAMP(), '2019-08-10 03:00:00', ' tin khoi phuc '
                    FROM seq_1_to_%d""".formatted(WORKS));
            s.executeUpdate("""
                    INSERT INTO content_author (item_id, position, name, account_id, share_percent)
                    SELECT id, 0, CONCAT('Tác giả A ', id), NULL, 50 FROM content_item WHERE slug LIKE 'tin-khoi-phuc-%'
                    UNION ALL SELECT id, 1, CONCAT('Tác giả B ', id), NULL, 50 FROM content_item WHERE slug LIKE 'tin-khoi-phuc-%'""");
            s.executeUpdate("""
                    INSERT INTO royalty_grading (item_id, coefficient, adjustment, adjustment_percent, payable, graded_by, graded_at)
                    SELECT id, 5, 'NONE', 100, TRUE, 'pheduyet.demo', UTC_TIMESTAMP() FROM content_item WHERE slug LIKE 'tin-khoi-phuc-%'""");
            // one payee with all the A shares: 6,000 × 372,500 is well above the threshold, so 10% is withheld from everyone
            s.executeUpdate("UPDATE content_author SET name = 'Tác giả A' WHERE position = 0");
            s.executeUpdate("UPDATE content_author SET name = 'Tác giả B' WHERE position = 1");
        }
    }

    private static int count(String sql) {
        return Integer.parseInt(string(sql));
    }

    private static String string(String sql) {
        return strings(sql).get(0);
    }

    private static List<String> strings(String sql) {
        return Database.stringsIn(CrashServer.SCHEMA, sql);
    }
}
