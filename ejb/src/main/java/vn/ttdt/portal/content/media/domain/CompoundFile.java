package vn.ttdt.portal.content.media.domain;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of the streams and storages in an OLE2 compound file (the old Word .doc and Excel
 * .xls format). Directory entries are 128 bytes long and sectors are multiples of 128 bytes, so
 * every entry starts at an offset divisible by 128; the names are read from such places only.
 */
final class CompoundFile {

    static final String ROOT = "Root Entry";
    static final int[] SIGNATURE = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    private static final int HEADER = 512;
    private static final int ENTRY = 128;

    private CompoundFile() {
    }

    static Set<String> entryNames(byte[] bytes) {
        Set<String> names = new HashSet<>();
        if (!Bytes.startsWith(bytes, 0, SIGNATURE)) {
            return names;
        }
        for (int at = HEADER; at + ENTRY <= bytes.length; at += ENTRY) {
            int nameBytes = Bytes.u16le(bytes, at + 64);
            int type = Bytes.u8(bytes, at + 66);
            if (nameBytes >= 4 && nameBytes <= 64 && nameBytes % 2 == 0 && type >= 1 && type <= 5
                    && bytes[at + nameBytes - 2] == 0 && bytes[at + nameBytes - 1] == 0) {
                String name = new String(bytes, at, nameBytes - 2, StandardCharsets.UTF_16LE);
                if (name.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c < 0x20 && c > 0)) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
