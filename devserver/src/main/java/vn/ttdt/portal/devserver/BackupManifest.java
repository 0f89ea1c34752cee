package vn.ttdt.portal.devserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a backup holds, written beside it as {@code manifest.txt} (one tab-separated record a line): when it was made,
 * of which database, the dump file's SHA-256, every table's row count and rows' SHA-256, every uploaded file's size
 * and SHA-256. A restore is checked against it.
 */
public record BackupManifest(Instant created, String database, String dumpSha256, SortedMap<String, TableDigest> tables,
                      SortedMap<String, MediaFiles.Digest> files) {

    static final String FILE_NAME = "manifest.txt";
    static final String DUMP_FILE_NAME = "database.sql";
    static final String MEDIA_DIR_NAME = "media";
    private static final String FORMAT = "portal-backup\t1";

    public BackupManifest {
        Objects.requireNonNull(created);
        tables = new TreeMap<>(tables);
        files = new TreeMap<>(files);
    }

    void write(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        lines.add("created\t" + created);
        lines.add("database\t" + database);
        lines.add("dump\t" + dumpSha256 + "\t" + DUMP_FILE_NAME);
        tables.forEach((name, table) -> lines.add("table\t" + name + "\t" + table.rows() + "\t" + table.sha256()));
        files.forEach((path, file) -> lines.add("file\t" + file.sha256() + "\t" + file.bytes() + "\t" + MEDIA_DIR_NAME + "/" + path));
        Files.write(dir.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
    }

    public static BackupManifest read(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            throw new IOException(dir.resolve(FILE_NAME) + " is not a portal backup manifest");
        }
        Instant created = null;
        String database = null;
        String dump = null;
        SortedMap<String, TableDigest> tables = new TreeMap<>();
        SortedMap<String, MediaFiles.Digest> files = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] field = line.split("\t", 4);
            switch (field[0]) {
                case "created" -> created = Instant.parse(field[1]);
                case "database" -> database = field[1];
                case "dump" -> dump = field[1];
                case "table" -> tables.put(field[1], new TableDigest(Long.parseLong(field[2]), field[3]));
                case "file" -> files.put(field[3].substring(MEDIA_DIR_NAME.length() + 1), new MediaFiles.Digest(Long.parseLong(field[2]), field[1]));
                default -> throw new IOException("unknown manifest line: " + line);
            }
        }
        if (created == null || dump == null) {
            throw new IOException(dir.resolve(FILE_NAME) + " lacks its created or dump line");
        }
        return new BackupManifest(created, database, dump, tables, files);
    }

    /** How {@code actual} tables differ from this manifest's: one sentence per table missing, extra or different. */
    List<String> tableDifferences(Map<String, TableDigest> actual) {
        List<String> differences = new ArrayList<>();
        for (String name : union(tables.keySet(), actual.keySet())) {
            TableDigest expected = tables.get(name);
            TableDigest found = actual.get(name);
            if (found == null) {
                differences.add("table " + name + ": missing (expected " + expected.rows() + " rows)");
            } else if (expected == null) {
                differences.add("table " + name + ": not in the backup (" + found.rows() + " rows)");
            } else if (expected.rows() != found.rows()) {
                differences.add("table " + name + ": " + found.rows() + " rows, expected " + expected.rows());
            } else if (!expected.sha256().equals(found.sha256())) {
                differences.add("table " + name + ": same " + found.rows() + " rows count, different content (SHA-256)");
            }
        }
        return differences;
    }

    /** Every file of this manifest that {@code actual} lacks or holds with other content; files it has beyond are newer uploads. */
    List<String> fileDifferences(Map<String, MediaFiles.Digest> actual) {
        List<String> differences = new ArrayList<>();
        files.forEach((path, expected) -> {
            MediaFiles.Digest found = actual.get(path);
            if (found == null) {
                differences.add("file " + path + ": missing");
            } else if (!found.equals(expected)) {
                differences.add("file " + path + ": different content (SHA-256)");
            }
        });
        return differences;
    }

    private static TreeSet<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
