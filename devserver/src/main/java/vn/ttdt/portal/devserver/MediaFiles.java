package vn.ttdt.portal.devserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The uploaded files (the portal's media directory) as a backup holds them: each file's size and SHA-256 by its path. */
public final class MediaFiles {

    /** A file's size and SHA-256. */
    public record Digest(long bytes, String sha256) {
    }

    private MediaFiles() {
    }

    /** Copies every regular file under {@code from} (absent: nothing) to the same path under {@code to}; their digests. */
    static SortedMap<String, Digest> copy(Path from, Path to) throws IOException {
        return walk(from, to);
    }

    /** The digests of every regular file under {@code dir} (absent: none). */
    static SortedMap<String, Digest> under(Path dir) throws IOException {
        return walk(dir, null);
    }

    private static SortedMap<String, Digest> walk(Path from, Path copyTo) throws IOException {
        SortedMap<String, Digest> files = new TreeMap<>();
        if (!Files.isDirectory(from)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = from.relativize(file).toString().replace('\\', '/');
                files.put(relative, digest(file, copyTo == null ? null : copyTo.resolve(relative)));
            }
        }
        return files;
    }

    /** The size and SHA-256 of one file. */
    static Digest of(Path file) throws IOException {
        return digest(file, null);
    }

    private static Digest digest(Path file, Path copy) throws IOException {
        MessageDigest sha256 = TableDigest.newSha256();
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            if (copy == null) {
                bytes = in.transferTo(OutputStream.nullOutputStream());
            } else {
                Files.createDirectories(copy.getParent());
                try (OutputStream out = Files.newOutputStream(copy)) {
                    bytes = in.transferTo(out);
                }
            }
        }
        return new Digest(bytes, HexFormat.of().formatHex(sha256.digest()));
    }
}
