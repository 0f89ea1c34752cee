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
 * A quota run cut short by a killed server (SIGKILL, no shutdown) restarts from its last checkpoint on the JDBC job
 * repository and ends with the same table as an uninterrupted run, with no row written twice. Runs its own WildFly
 * ({@link CrashServer}, shared with {@link PayrollCrashIT}) on its own database.
 */
@OnCrashServer
@ResourceLock(CrashServer.LOCK)
class QuotaCrashIT {

    private static final int UNITS = 3000;
    /** The rows of the quarter under test (a server may also write other quarters', e.g. a catch-up at start). */
    private static final String ROWS = " FROM quota_result WHERE quarter_id IN (SELECT id FROM quota_quarter WHERE year = 2019 AND quarter = 3)";
    private static final String TABLE = """
            SELECT CONCAT_WS('|', r.group_id, r.unit_key, r.rule_id, r.required, r.achieved, r.shortfall, r.met, r.final,
                r.counted_items, r.counted_ids)
            FROM quota_result r JOIN quota_quarter q ON q.id = r.quarter_id WHERE q.year = 2019 AND q.quarter = 3
            ORDER BY r.group_id, r.unit_key""";

    private StandaloneServer server;

    @BeforeEach
    void startServer() {
        server = CrashServer.running();
    }

    @Test
    void aRunKilledMidwayRestartsFromItsCheckpointAndYieldsTheSameTableWithoutADuplicateRow() throws Exception {
        createUnitsAndArticles();
        int expectedRows = UNITS + count("""
                SELECT COUNT(*) FROM unit u JOIN quota_rule r ON r.group_id = u.group_id AND r.scope = 'EACH_UNIT' WHERE u.active
                  AND u.group_id <> (SELECT id FROM unit_group WHERE code = 'QC-CRASH')""")
                + count("SELECT COUNT(*) FROM quota_rule WHERE scope = 'GROUP_TOGETHER'");
        Portal approver = Portal.signedIn(Role.APPROVER, server.uri());

        HttpResponse<String> started = approver.json("POST", "/admin/api/v1/jobs/quota-compliance?year=2019&quarter=3&chunk=5", null);
        assertEquals(200, started.statusCode(), started.body());
        long first = Long.parseLong(Json.field(started.body(), "executionId"));
        int writtenAtKill = Await.until("the run to be well under way", () -> count("SELECT COUNT(*)" + ROWS),
                n -> n >= UNITS / 5, Duration.ofSeconds(120));
        server.kill();
        int committed = count("SELECT COUNT(*)" + ROWS);
        assertTrue(committed >= writtenAtKill && committed < expectedRows, "killed mid-way: " + committed + " of " + expectedRows + " rows");
        String jobExecution = string("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND LOWER(table_name) = 'job_execution'");
        assertEquals("STARTED", string("SELECT batchstatus FROM " + jobExecution + " WHERE jobexecutionid = " + first),
                "the killed run never ended");
        long lastRowBeforeKill = Long.parseLong(string("SELECT MAX(id)" + ROWS));

        server.start();
        approver = Portal.signedIn(Role.APPROVER, server.uri());
        HttpResponse<String> restarted = approver.json("POST", "/admin/api/v1/jobs/quota-compliance/executions/" + first + "/restart", null);
        assertEquals(200, restarted.statusCode(), restarted.body());
        long second = Long.parseLong(Json.field(restarted.body(), "executionId"));
        assertNotEquals(first, second);
        assertEquals("COMPLETED", QuotaFixture.awaitEnd(approver, second, Duration.ofSeconds(180)));

        List<String> afterRestart = strings(TABLE);
        assertEquals(expectedRows, afterRestart.size());
        assertEquals(expectedRows, count("SELECT COUNT(DISTINCT quarter_id, group_id, unit_key)" + ROWS));
        assertEquals(committed, count("SELECT COUNT(*)" + ROWS + " AND id <= " + lastRowBeforeKill),
                "the restart kept the rows committed before the kill and went on after them");
        assertEquals(UNITS / 2, count("SELECT COUNT(*) FROM quota_result r JOIN unit u ON u.id = r.unit_id WHERE u.name LIKE 'Xã khôi phục %' AND r.met"));
        assertEquals(UNITS / 2, count("SELECT SUM(r.counted_items) FROM quota_result r JOIN unit u ON u.id = r.unit_id"
                + " WHERE u.name LIKE 'Xã khôi phục %'"), "each article counted once");

        HttpResponse<String> again = approver.json("POST", "/admin/api/v1/jobs/quota-compliance?year=2019&quarter=3", null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("COMPLETED", QuotaFixture.awaitEnd(approver, Long.parseLong(Json.field(again.body(), "executionId")),
                Duration.ofSeconds(180)));
        assertEquals(afterRestart, strings(TABLE), "an uninterrupted run gives the same table");
    }

    /** A group of 3000 communes (one article each for every second one, published 10/8/2019), written into the database. */
    private static void createUnitsAndArticles() throws SQLException {
        try (Connection c = Database.connect(CrashServer.SCHEMA); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO unit_group (site_id, code, name, supervisor_title, sort_order)"
                    + " VALUES ((SELECT MIN(id) FROM site), 'QC-CRASH', 'Khối khôi phục', 'Trưởng khối', 99)");
            s.executeUpdate("""
                    INSERT INTO quota_rule (site_id, group_id, from_year, from_quarter, scope, minimum_news, minimum_articles,
                        minimum_posted_percent, recorded_by, recorded_at)
                    SELECT site_id, id, 2000, 1, 'EACH_UNIT', 0, 1, 0, 'it', UTC_TIMESTAMP() FROM unit_group WHERE code = 'QC-CRASH'""");
            s.executeUpdate("""
                    INSERT INTO unit (site_id, group_id, name, short_name, created_at, updated_at)
                    SELECT g.site_id, g.id, CONCAT('Xã khôi phục ', seq), CONCAT('KP ', seq), UTC_TIMESTAMP(), UTC_TIMESTAMP()
                    FROM unit_group g CROSS JOIN seq_1_to_%d WHERE g.code = 'QC-CRASH'""".formatted(UNITS));
            s.executeUpdate("""
                    INSERT INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id, state,
                        created_by, created_at, updated_at, published_at, search_text)
                    SELECT u.site_id, 'ARTICLE', 'NEWS_OR_REPLY', CONCAT('Bài khôi phục ', u.id), CONCAT('bai-khoi-phuc-', u.id), 'Sapo',
                        '<p>Nội dung</p>', (SELECT MIN(id) FROM category), u.id, 'PUBLISHED', 'ctv.demo', UTC_TIMESTAMP(),
                        UTC_TIMESTAMP(), '2019-08-10 03:00:00', ' bai khoi phuc '
                    FROM unit u WHERE u.name LIKE 'Xã khôi phục %' AND MOD(u.id, 2) = 0""");
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
