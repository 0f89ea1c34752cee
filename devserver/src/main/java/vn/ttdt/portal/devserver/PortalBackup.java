package vn.ttdt.portal.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * A backup of everything the portal keeps, in one folder {@code portal-backup-<UTC time>}: the database dumped in one
 * transaction ({@code database.sql}), then the uploaded files ({@code media/}), and the manifest of both. The folder
 * appears only when complete (it is written under a hidden name and renamed).
 */
public final class PortalBackup {

    static final String PREFIX = "portal-backup-";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final MariaDbClients clients;

    public PortalBackup(MariaDbClients clients) {
        this.clients = clients;
    }

    /** The database first, then the files: every row of the dump then has its file (files newer than the dump are harmless). */
    public Path make(DatabaseAddress db, Path mediaDir, Path into, Instant now) throws IOException {
        Path target = into.resolve(PREFIX + NAME.format(now));
        if (Files.exists(target)) {
            throw new IOException(target + " exists already");
        }
        Path partial = into.resolve("." + target.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        Path dump = partial.resolve(BackupManifest.DUMP_FILE_NAME);
        clients.dump(db, dump);
        SortedMap<String, TableDigest> tables = TableDigest.of(dump);
        SortedMap<String, MediaFiles.Digest> files = MediaFiles.copy(mediaDir, partial.resolve(BackupManifest.MEDIA_DIR_NAME));
        new BackupManifest(now, db.database(), MediaFiles.of(dump).sha256(), tables, files).write(partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Deletes all but the newest {@code keep} complete backups in {@code dir}; the ones deleted, oldest first. */
    static List<Path> keepNewest(Path dir, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("--keep must be at least 1, was " + keep);
        }
        List<Path> backups;
        try (Stream<Path> entries = Files.list(dir)) {
            backups = entries.filter(Files::isDirectory)
                    .filter(path -> path.getFileName().toString().startsWith(PREFIX))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        }
        List<Path> expired = backups.subList(0, Math.max(0, backups.size() - keep));
        for (Path backup : expired) {
            deleteTree(backup);
        }
        return expired;
    }

    /** Deletes {@code dir} and everything under it (absent: nothing). */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.notExists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
