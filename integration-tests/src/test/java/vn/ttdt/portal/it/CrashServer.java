package vn.ttdt.portal.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The crash tests' own WildFly (port offset 100) on their own database: killing it disturbs no other test. Started
 * by the first crash test that needs it and left running for the next one (a kill and restart ends each test with
 * it running again), so that the run boots it once per crash test less; stopped at the end of the run.
 */
final class CrashServer {

    static final String SCHEMA = "portal_crash";

    private static StandaloneServer server;

    private CrashServer() {
    }

    /** The server, started on a fresh database by the first call of the run and started again if a test left it killed. */
    static synchronized StandaloneServer running() {
        if (server == null) {
            freshDatabase();
            server = new StandaloneServer("wildfly-crash", 100, SCHEMA);
            server.prepare();
        }
        if (!server.isRunning()) {
            server.start();
        }
        return server;
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static void freshDatabase() {
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + SCHEMA, e);
        }
    }
}
