package vn.ttdt.portal.devserver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What the job benchmarks ask the database: one number, InnoDB's purge awaited, a job execution's end and its step
 * times.
 */
final class BenchDatabase {

    private final Connection db;
    /** JBeret's table names as it created them (upper or lower case), by their lower-case names. */
    private final Map<String, String> jberetTables = new HashMap<>();

    BenchDatabase(Connection db) {
        this.db = db;
    }

    long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Waits (at most a minute) until InnoDB has purged the rows deleted before, so that no purge runs under a timing. */
    void awaitPurge() throws Exception {
        for (int i = 0; i < 60 && count("SELECT COUNT FROM information_schema.INNODB_METRICS WHERE NAME = 'trx_rseg_history_len'") > 1000; i++) {
            Thread.sleep(1000);
        }
    }

    /**
     * Polls the execution's status in JBeret's job repository every 50 ms until COMPLETED ({@link JobEnd}). One
     * primary-key read a poll: polling the back-office API instead costs the server a request, a few repository queries
     * and the payroll's progress every 50 ms, on the cores the job runs on.
     */
    void awaitCompleted(long execution) throws Exception {
        try (PreparedStatement status = db.prepareStatement(
                "SELECT batchstatus FROM " + jberetTable("job_execution") + " WHERE jobexecutionid = ?")) {
            status.setLong(1, execution);
            JobEnd.awaitCompleted(() -> {
                try (ResultSet r = status.executeQuery()) {
                    return r.next() ? r.getString(1) : "";
                }
            }, batchStatus -> batchStatus);
        }
    }

    /** Each step's time as JBeret recorded it, for telling where a run spends it. */
    String steps(long execution) throws SQLException {
        StringBuilder steps = new StringBuilder();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT stepname, TIMESTAMPDIFF(MICROSECOND, starttime, endtime) "
                + "FROM " + jberetTable("step_execution") + " WHERE jobexecutionid = " + execution + " ORDER BY stepexecutionid")) {
            while (r.next()) {
                steps.append(steps.length() == 0 ? "" : ", ").append(r.getString(1)).append(String.format(" %.2f s", r.getLong(2) / 1e6));
            }
        }
        return steps.toString();
    }

    /**
     * The name of one of JBeret's tables as it created it (upper or lower case), looked up once: the first run's lookup
     * stays out of the later runs' timings.
     */
    private String jberetTable(String lowerCaseName) throws SQLException {
        String known = jberetTables.get(lowerCaseName);
        if (known != null) {
            return known;
        }
        try (PreparedStatement s = db.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND LOWER(table_name) = ?")) {
            s.setString(1, lowerCaseName);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                jberetTables.put(lowerCaseName, r.getString(1));
                return r.getString(1);
            }
        }
    }
}
