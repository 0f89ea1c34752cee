package vn.ttdt.portal.content.media.infrastructure.imaging;

/**
 * The orientation a camera recorded in a JPEG's EXIF block (1 upright, 3 upside down, 6 turned
 * right, 8 turned left; mirrored values count as their unmirrored turn). Renditions carry no
 * metadata, so the turn is applied to their pixels instead.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static int of(byte[] b) {
        int i = 2;
        while (i + 4 < b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            int length = (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            if (marker == 0xE1 && length > 14 && new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif")) {
                return inTiff(b, i + 10, Math.min(b.length, i + 2 + length));
            }
            i += 2 + length;
        }
        return 1;
    }

    private static int inTiff(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + (int) number(b, tiff + 4, 4, little);
        int entries = (int) number(b, ifd, 2, little);
        for (int n = 0; n < entries && ifd + 2 + n * 12 + 12 <= end; n++) {
            int entry = ifd + 2 + n * 12;
            if (number(b, entry, 2, little) == 0x0112) {
                int value = (int) number(b, entry + 8, 2, little);
                return switch (value) {
                    case 3, 4 -> 3;
                    case 5, 6 -> 6;
                    case 7, 8 -> 8;
                    default -> 1;
                };
            }
        }
        return 1;
    }

    private static long number(byte[] b, int at, int size, boolean little) {
        if (at < 0 || at + size > b.length) {
            return -1;
        }
        long value = 0;
        for (int k = 0; k < size; k++) {
            int octet = b[little ? at + size - 1 - k : at + k] & 0xFF;
            value = value << 8 | octet;
        }
        return value;
    }
}
