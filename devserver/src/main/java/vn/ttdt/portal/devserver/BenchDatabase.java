package vn.ttdt.portal.devserver;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the job benchmarks ask the database: one number, InnoDB's purge awaited, a job execution's step times. */
final class BenchDatabase {

    private final Connection db;

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

    /** Each step's time as JBeret recorded it, for telling where a run spends it. */
    String steps(long execution) throws SQLException {
        String table;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND LOWER(table_name) = 'step_execution'")) {
            r.next();
            table = r.getString(1);
        }
        StringBuilder steps = new StringBuilder();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT stepname, TIMESTAMPDIFF(MICROSECOND, starttime, endtime) "
                + "FROM " + table + " WHERE jobexecutionid = " + execution + " ORDER BY stepexecutionid")) {
            while (r.next()) {
                steps.append(steps.length() == 0 ? "" : ", ").append(r.getString(1)).append(String.format(" %.2f s", r.getLong(2) / 1e6));
            }
        }
        return steps.toString();
    }
}
