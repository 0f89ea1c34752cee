package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.devserver.BackupManifest;
import vn.ttdt.portal.devserver.DatabaseAddress;
import vn.ttdt.portal.devserver.EmbeddedRestore;
import vn.ttdt.portal.devserver.MariaDbClients;
import vn.ttdt.portal.devserver.PortalBackup;
import vn.ttdt.portal.devserver.PortalRestore;
import vn.ttdt.portal.devserver.TableDigest;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The backup command's round trip on the run's own database and uploads, made while the portal runs: restored into a
 * fresh embedded MariaDB on another port and an empty media directory, it holds every table's rows and every file —
 * checked by the restore itself against the manifest, and here independently (row counts read from the restored
 * database, tables nothing else writes compared with the source by CHECKSUM TABLE, this test's item and upload found).
 * A row removed from the copy and a changed file are found by verify; a restore over a database that is not empty is
 * refused.
 */
@Isolated("compares every table's rows and checksum with its copy")
@Order(TwoNodesLifetime.AFTER_NODE_B)
class BackupRestoreIT extends PortalIT {

    private static final Path WORK = Path.of("target/backup-it").toAbsolutePath();
    private static final List<String> STABLE_TABLES = List.of("site", "unit", "category", "flyway_schema_history");

    @Test
    void aBackupRestoredIntoAFreshMariaDbHoldsTheSourcesRowsAndFilesAndVerifyFindsADifference() throws Exception {
        String title = "Sao lưu khôi phục " + ContentFixture.token();
        ContentFixture.publish(title, "<p>Nội dung được sao lưu</p>");
        String key = Json.field(Portal.as(Role.CONTRIBUTOR).upload("sao-luu.png", TestImages.scene(300, 200, "png", "SL")).body(), "key");
        PortalBackup.deleteTree(WORK);
        MariaDbClients clients = MariaDbClients.unpackedInto(WORK.resolve("clients"));
        DatabaseAddress source = DatabaseAddress.of("jdbc:mariadb://127.0.0.1:" + Integer.getInteger("it.db.port", 3317) + "/portal",
                "portal", "portal");
        Path media = Path.of(System.getProperty("it.server.base"), "data", "portal-media");

        Path backup = new PortalBackup(clients).make(source, media, WORK.resolve("backups"), Instant.now());
        BackupManifest manifest = BackupManifest.read(backup);
        String folder = key.substring(0, 2) + "/" + key + "/";
        assertTrue(manifest.files().keySet().stream().anyMatch(path -> path.startsWith(folder)), "the upload is in the backup");
        assertTrue(manifest.tables().get("content_item").rows() > 0, manifest.tables().toString());

        Path restoredMedia = WORK.resolve("restored-media");
        EmbeddedRestore restored = EmbeddedRestore.start(clients, backup, WORK.resolve("restored"), freePort(), restoredMedia);
        try {
            assertEquals(List.of(), restored.differences(), "the restore's own verification");
            DatabaseAddress copy = restored.address();
            for (Map.Entry<String, TableDigest> table : manifest.tables().entrySet()) {
                assertEquals(table.getValue().rows(), count(copy, "SELECT COUNT(*) FROM `" + table.getKey() + "`"), table.getKey());
            }
            for (String table : STABLE_TABLES) {
                assertEquals(checksum(source, table), checksum(copy, table), "CHECKSUM TABLE " + table + " of the source and the copy");
            }
            assertEquals(1, count(copy, "SELECT COUNT(*) FROM content_item WHERE title = '" + title + "'"));
            assertEquals(1, count(copy, "SELECT COUNT(*) FROM media WHERE storage_key = '" + key + "'"));
            assertTrue(Files.isDirectory(restoredMedia.resolve(folder)), "the upload's folder is restored");

            long auditRows = manifest.tables().get("audit_event").rows();
            execute(copy, "DELETE FROM audit_event ORDER BY id DESC LIMIT 1");
            String file = manifest.files().keySet().stream().filter(path -> path.startsWith(folder)).findFirst().orElseThrow();
            Files.write(restoredMedia.resolve(file), new byte[] {1, 2, 3});
            assertEquals(List.of("table audit_event: " + (auditRows - 1) + " rows, expected " + auditRows,
                            "file " + file + ": different content (SHA-256)"),
                    new PortalRestore(clients).verify(backup, copy, restoredMedia));

            IOException refused = assertThrows(IOException.class,
                    () -> new PortalRestore(clients).restore(backup, copy, WORK.resolve("other-media")));
            assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
        } finally {
            restored.db().close();
        }
    }

    private static long count(DatabaseAddress db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String checksum(DatabaseAddress db, String table) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery("CHECKSUM TABLE `" + table + "`")) {
            r.next();
            return r.getString(2);
        }
    }

    private static void execute(DatabaseAddress db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(sql), sql);
        }
    }

    private static Connection connect(DatabaseAddress db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
