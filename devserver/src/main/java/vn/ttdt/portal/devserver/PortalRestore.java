package vn.ttdt.portal.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a backup back: into an empty database and an empty media directory only (never over live data), then checks
 * both against the backup's manifest — the restored database dumped again gives every table's row count and rows'
 * SHA-256, every restored file its SHA-256.
 */
public final class PortalRestore {

    private final MariaDbClients clients;

    public PortalRestore(MariaDbClients clients) {
        this.clients = clients;
    }

    /** Restores and verifies; the differences found (none: the restore holds exactly what the backup does). */
    public List<String> restore(Path backup, DatabaseAddress db, Path mediaDir) throws IOException {
        BackupManifest manifest = intact(backup);
        requireEmpty(db);
        requireEmpty(mediaDir);
        clients.load(db, backup.resolve(BackupManifest.DUMP_FILE_NAME));
        MediaFiles.copy(backup.resolve(BackupManifest.MEDIA_DIR_NAME), mediaDir);
        return verify(manifest, db, mediaDir);
    }

    /** How a database and media directory differ from what the backup holds (files added since are not differences). */
    public List<String> verify(Path backup, DatabaseAddress db, Path mediaDir) throws IOException {
        return verify(BackupManifest.read(backup), db, mediaDir);
    }

    private List<String> verify(BackupManifest manifest, DatabaseAddress db, Path mediaDir) throws IOException {
        Path dump = Files.createTempFile("portal-verify", ".sql");
        try {
            clients.dump(db, dump);
            List<String> differences = new ArrayList<>(manifest.tableDifferences(TableDigest.of(dump)));
            differences.addAll(manifest.fileDifferences(MediaFiles.under(mediaDir)));
            return differences;
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    /** The backup's manifest, once its dump and files are checked against it (a damaged backup is not restored). */
    static BackupManifest intact(Path backup) throws IOException {
        BackupManifest manifest = BackupManifest.read(backup);
        String dump = MediaFiles.of(backup.resolve(BackupManifest.DUMP_FILE_NAME)).sha256();
        List<String> damage = new ArrayList<>();
        if (!dump.equals(manifest.dumpSha256())) {
            damage.add(BackupManifest.DUMP_FILE_NAME + ": different content (SHA-256)");
        }
        damage.addAll(manifest.fileDifferences(MediaFiles.under(backup.resolve(BackupManifest.MEDIA_DIR_NAME))));
        if (!damage.isEmpty()) {
            throw new IOException("the backup " + backup + " is damaged: " + String.join("; ", damage));
        }
        return manifest;
    }

    private static void requireEmpty(DatabaseAddress db) throws IOException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement tables = connection.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?")) {
            tables.setString(1, db.database());
            try (ResultSet count = tables.executeQuery()) {
                count.next();
                if (count.getLong(1) > 0) {
                    throw new IOException("the database " + db + " is not empty: a restore goes into an empty database only");
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot reach " + db + ": " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Path mediaDir) throws IOException {
        if (Files.isDirectory(mediaDir)) {
            try (Stream<Path> entries = Files.list(mediaDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("the media directory " + mediaDir + " is not empty: a restore goes into an empty one only");
                }
            }
        }
    }
}
