package vn.ttdt.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --keep N: the newest N complete backups stay; a backup still being written and other files are left alone. */
class PortalBackupRetentionTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheNewestBackupsAndDeletesTheOlderOnesWithTheirFiles() throws IOException {
        for (String name : List.of("portal-backup-20261203-020000", "portal-backup-20261201-020000",
                "portal-backup-20261204-020000", "portal-backup-20261202-020000")) {
            Files.writeString(Files.createDirectories(dir.resolve(name).resolve("media/ab")).resolve("photo.webp"), name);
        }
        Files.createDirectories(dir.resolve(".portal-backup-20261205-020000.partial"));
        Files.writeString(dir.resolve("portal-backup-notes.txt"), "not a backup");

        List<Path> deleted = PortalBackup.keepNewest(dir, 2);

        assertEquals(List.of(dir.resolve("portal-backup-20261201-020000"), dir.resolve("portal-backup-20261202-020000")), deleted);
        assertEquals(List.of(".portal-backup-20261205-020000.partial", "portal-backup-20261203-020000",
                "portal-backup-20261204-020000", "portal-backup-notes.txt"), names());
    }

    @Test
    void fewerBackupsThanKeptDeletesNothingAndKeepZeroIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("portal-backup-20261201-020000"));
        assertEquals(List.of(), PortalBackup.keepNewest(dir, 7));
        assertThrows(IllegalArgumentException.class, () -> PortalBackup.keepNewest(dir, 0));
        assertEquals(List.of("portal-backup-20261201-020000"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
