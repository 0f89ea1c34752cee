package vn.ttdt.portal.content.media.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry names of a ZIP file (DOCX and XLSX are ZIP files), read from its central directory
 * without inflating anything. Empty when the file is not a well-formed ZIP that starts at its
 * first byte and ends with its directory (anything glued before or after is refused), or when an
 * entry of the directory does not point at its own local header before the directory (a file that
 * office programs and this check would read differently).
 */
final class ZipDirectory {

    private static final int END_SIZE = 22;
    private static final int MAX_ENTRIES = 10_000;

    private ZipDirectory() {
    }

    static boolean isZip(byte[] bytes) {
        return Bytes.startsWith(bytes, 0, 0x50, 0x4B, 0x03, 0x04);
    }

    static Optional<List<String>> entries(byte[] bytes) {
        if (!isZip(bytes)) {
            return Optional.empty();
        }
        int end = endRecord(bytes);
        if (end < 0) {
            return Optional.empty();
        }
        int count = Bytes.u16le(bytes, end + 10);
        long size = Bytes.u32le(bytes, end + 12);
        long offset = Bytes.u32le(bytes, end + 16);
        if (count > MAX_ENTRIES || offset + size != end) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(count);
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (!Bytes.startsWith(bytes, at, 0x50, 0x4B, 0x01, 0x02)) {
                return Optional.empty();
            }
            int nameLength = Bytes.u16le(bytes, at + 28);
            int next = at + 46 + nameLength + Bytes.u16le(bytes, at + 30) + Bytes.u16le(bytes, at + 32);
            if (next > end) {
                return Optional.empty();
            }
            String name = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
            if (!localHeaderNames(bytes, Bytes.u32le(bytes, at + 42), name, offset)) {
                return Optional.empty();
            }
            names.add(name);
            at = next;
        }
        return Optional.of(names);
    }

    /** Whether a local file header holding this name starts at {@code local}, before the central directory. */
    private static boolean localHeaderNames(byte[] bytes, long local, String name, long directory) {
        if (local < 0 || local + 30 > directory || !Bytes.startsWith(bytes, (int) local, 0x50, 0x4B, 0x03, 0x04)) {
            return false;
        }
        int at = (int) local;
        int length = Bytes.u16le(bytes, at + 26);
        return at + 30 + length <= directory && name.equals(new String(bytes, at + 30, length, StandardCharsets.UTF_8));
    }

    /** Where the end-of-central-directory record starts, provided its comment runs exactly to the file's end. */
    private static int endRecord(byte[] bytes) {
        for (int at = bytes.length - END_SIZE; at >= Math.max(0, bytes.length - END_SIZE - 0xFFFF); at--) {
            if (Bytes.startsWith(bytes, at, 0x50, 0x4B, 0x05, 0x06)) {
                return at + END_SIZE + Bytes.u16le(bytes, at + 20) == bytes.length ? at : -1;
            }
        }
        return -1;
    }
}
