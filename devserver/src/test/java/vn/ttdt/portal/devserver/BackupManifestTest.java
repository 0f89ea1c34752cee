package vn.ttdt.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest: rows counted and hashed per table from a dump, written and read back, differences named. */
class BackupManifestTest {

    private static final String DUMP = """
            /*M!999999\\- enable the sandbox mode */
            DROP TABLE IF EXISTS `account`;
            CREATE TABLE `account` (
              `id` bigint(20) NOT NULL AUTO_INCREMENT,
              PRIMARY KEY (`id`)
            ) ENGINE=InnoDB;
            set autocommit=0;
            INSERT INTO `account` VALUES (1,'quantri','Đặng Quốc Khánh');
            INSERT INTO `account` VALUES (2,'bientap','Lê Minh Châu\\nVALUES');
            commit;
            CREATE TABLE `empty_table` (
              `id` bigint(20) NOT NULL
            ) ENGINE=InnoDB;
            """;

    @TempDir
    Path dir;

    @Test
    void countsRowsPerTableIncludingEmptyTablesAndWritesAndReadsTheManifest() throws IOException {
        SortedMap<String, TableDigest> tables = TableDigest.of(write("database.sql", DUMP));
        assertEquals(2, tables.get("account").rows());
        assertEquals(0, tables.get("empty_table").rows());
        assertEquals(List.of("account", "empty_table"), List.copyOf(tables.keySet()));

        SortedMap<String, MediaFiles.Digest> files = MediaFiles.under(Files.createDirectories(dir.resolve("m")));
        files.put("ab/cd ef.webp", new MediaFiles.Digest(3, "00ff"));
        BackupManifest manifest = new BackupManifest(Instant.parse("2026-12-06T02:00:00Z"), "portal", "abc", tables, files);
        manifest.write(dir);
        assertEquals(manifest, BackupManifest.read(dir));
    }

    @Test
    void aRowRemovedOrChangedOrAFileMissingIsNamed() throws IOException {
        BackupManifest manifest = new BackupManifest(Instant.EPOCH, "portal", "abc", TableDigest.of(write("a.sql", DUMP)),
                new TreeMap<>(Map.of("ab/photo.webp", new MediaFiles.Digest(3, "00ff"))));

        SortedMap<String, TableDigest> removed = TableDigest.of(write("b.sql", DUMP.replace("INSERT INTO `account` VALUES (1,'quantri','Đặng Quốc Khánh');\n", "")));
        SortedMap<String, TableDigest> changed = TableDigest.of(write("c.sql", DUMP.replace("Khánh", "Khanh")));
        assertNotEquals(manifest.tables().get("account").sha256(), changed.get("account").sha256());

        assertEquals(List.of("table account: 1 rows, expected 2"), manifest.tableDifferences(removed));
        assertEquals(List.of("table account: same 2 rows count, different content (SHA-256)"), manifest.tableDifferences(changed));
        assertEquals(List.of(), manifest.tableDifferences(TableDigest.of(write("d.sql", DUMP))));
        assertEquals(List.of("file ab/photo.webp: missing"), manifest.fileDifferences(Map.of()));
        assertEquals(List.of("file ab/photo.webp: different content (SHA-256)"),
                manifest.fileDifferences(Map.of("ab/photo.webp", new MediaFiles.Digest(3, "0000"))));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
