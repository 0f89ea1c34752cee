package vn.ttdt.portal.content.media.domain;

/**
 * Where an image file ends according to its own format (after JPEG's end-of-image marker, PNG's
 * IEND chunk, GIF's trailer, the length WebP's RIFF header declares); -1 when the structure is broken.
 */
final class ImageEnds {

    private ImageEnds() {
    }

    static int jpeg(byte[] b) {
        int i = 2;
        while (i + 1 < b.length) {
            if (Bytes.u8(b, i) != 0xFF) {
                return -1;
            }
            int marker = Bytes.u8(b, i + 1);
            if (marker == 0xFF) {
                i++;
            } else if (marker == 0xD9) {
                return i + 2;
            } else if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                i += 2;
            } else {
                int length = Bytes.u16be(b, i + 2);
                if (length < 2) {
                    return -1;
                }
                i += 2 + length;
                if (marker == 0xDA) {
                    i = afterEntropyData(b, i);
                }
            }
        }
        return -1;
    }

    /** Skips scan data: inside it, 0xFF is followed by 0x00 (a stuffed byte) or a restart marker. */
    private static int afterEntropyData(byte[] b, int from) {
        int i = from;
        while (i + 1 < b.length) {
            if (Bytes.u8(b, i) == 0xFF) {
                int next = Bytes.u8(b, i + 1);
                if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                    return i;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return b.length;
    }

    static int png(byte[] b) {
        int i = 8;
        while (i + 12 <= b.length) {
            long length = Bytes.u32be(b, i);
            if (length < 0 || length > b.length) {
                return -1;
            }
            boolean end = Bytes.startsWith(b, i + 4, "IEND");
            i += 12 + (int) length;
            if (end) {
                return i <= b.length ? i : -1;
            }
        }
        return -1;
    }

    static int gif(byte[] b) {
        int flags = Bytes.u8(b, 10);
        int i = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 0x07) + 1) : 0);
        while (i < b.length) {
            int block = Bytes.u8(b, i);
            if (block == 0x3B) {
                return i + 1;
            } else if (block == 0x21) {
                i = subBlocks(b, i + 2);
            } else if (block == 0x2C) {
                int local = Bytes.u8(b, i + 9);
                i += 10 + ((local & 0x80) != 0 ? 3 << ((local & 0x07) + 1) : 0);
                i = subBlocks(b, i + 1);
            } else {
                return -1;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int subBlocks(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int size = Bytes.u8(b, i);
            if (size == 0) {
                return i + 1;
            }
            i += 1 + size;
        }
        return -1;
    }

    static int webp(byte[] b) {
        long declared = Bytes.u32le(b, 4);
        long end = declared + 8 + (declared % 2);
        return declared >= 4 && end <= b.length ? (int) end : declared + 8 == b.length ? b.length : -1;
    }
}
