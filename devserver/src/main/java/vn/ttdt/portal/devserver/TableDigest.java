package vn.ttdt.portal.devserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table's content as a dump holds it: its row count and the SHA-256 of its rows (the dump's INSERT lines, one per
 * row in primary-key order). Two databases whose dumps give equal digests hold the same rows.
 */
public record TableDigest(long rows, String sha256) {

    private static final Pattern CREATE = Pattern.compile("^CREATE TABLE `((?:[^`]|``)+)` \\(");
    private static final Pattern INSERT = Pattern.compile("^INSERT INTO `((?:[^`]|``)+)` VALUES ");

    /** Every table of the dump (empty ones too), by name. */
    static SortedMap<String, TableDigest> of(Path dump) throws IOException {
        Map<String, Counting> tables = new LinkedHashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher insert = INSERT.matcher(line);
                if (insert.find()) {
                    tables.computeIfAbsent(insert.group(1), name -> new Counting()).add(line);
                    continue;
                }
                Matcher create = CREATE.matcher(line);
                if (create.find()) {
                    tables.computeIfAbsent(create.group(1), name -> new Counting());
                }
            }
        }
        SortedMap<String, TableDigest> digests = new TreeMap<>();
        tables.forEach((name, counting) -> digests.put(name, counting.digest()));
        return digests;
    }

    private static final class Counting {

        private final MessageDigest sha256 = newSha256();
        private long rows;

        void add(String line) {
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            rows++;
        }

        TableDigest digest() {
            return new TableDigest(rows, HexFormat.of().formatHex(sha256.digest()));
        }
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
