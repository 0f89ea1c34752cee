package vn.ttdt.portal.content.media.domain;

import java.nio.charset.StandardCharsets;

/** Reading numbers and signatures out of a file's bytes without running past its end. */
final class Bytes {

    private Bytes() {
    }

    static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (offset < 0 || offset + signature.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] bytes, int offset, String ascii) {
        return startsWith(bytes, offset, ascii.chars().toArray());
    }

    static int u8(byte[] bytes, int offset) {
        return offset < bytes.length ? bytes[offset] & 0xFF : -1;
    }

    static int u16be(byte[] bytes, int offset) {
        return offset + 1 < bytes.length ? (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF : -1;
    }

    static int u16le(byte[] bytes, int offset) {
        return offset + 1 < bytes.length ? (bytes[offset + 1] & 0xFF) << 8 | bytes[offset] & 0xFF : -1;
    }

    static long u32le(byte[] bytes, int offset) {
        return offset + 3 < bytes.length ? (long) u16le(bytes, offset + 2) << 16 | u16le(bytes, offset) : -1;
    }

    static long u32be(byte[] bytes, int offset) {
        return offset + 3 < bytes.length ? (long) u16be(bytes, offset) << 16 | u16be(bytes, offset + 2) : -1;
    }

    /** The bytes as ISO-8859-1 text: one char per byte, so that ASCII markers can be searched. */
    static String latin1(byte[] bytes, int from, int to) {
        return new String(bytes, Math.max(0, from), Math.max(0, Math.min(bytes.length, to) - Math.max(0, from)),
                StandardCharsets.ISO_8859_1);
    }
}
