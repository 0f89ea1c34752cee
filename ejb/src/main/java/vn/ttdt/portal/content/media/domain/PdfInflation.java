package vn.ttdt.portal.content.media.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.InflaterInputStream;

/**
 * How many bytes the Flate-compressed streams of a PDF hold once inflated, counted without keeping them, up to a
 * budget. A PDF parser inflates object and cross-reference streams in memory before it reads them, and a 20 MB
 * upload can inflate to gigabytes (a decompression bomb): such a file is refused before it is parsed. A stream
 * compressed twice (its inflated bytes again a zlib stream) is counted at its innermost size.
 */
final class PdfInflation {

    /** What every Flate stream of one PDF may inflate to, together: far above text and scanned pages. */
    static final long BUDGET = 256L * 1024 * 1024;
    private static final int[] STREAM = "stream".chars().toArray();
    private static final int[] END = "end".chars().toArray();
    private static final int MAX_NESTING = 4;

    private PdfInflation() {
    }

    /** Whether the streams inflate to more than {@code budget} bytes in all. */
    static boolean exceeds(byte[] pdf, long budget) {
        long total = 0;
        for (int at = keyword(pdf, 0); at >= 0; at = keyword(pdf, at + STREAM.length)) {
            total += inflated(pdf, dataStart(pdf, at + STREAM.length), budget - total + 1);
            if (total > budget) {
                return true;
            }
        }
        return false;
    }

    /** The offset of the next {@code stream} keyword at or after {@code from} (not {@code endstream}), or -1. */
    private static int keyword(byte[] pdf, int from) {
        for (int i = from; i <= pdf.length - STREAM.length; i++) {
            if (Bytes.startsWith(pdf, i, STREAM) && !Bytes.startsWith(pdf, i - END.length, END)) {
                return i;
            }
        }
        return -1;
    }

    /** Where a stream's data begins: after the keyword's end of line (CR LF or LF). */
    private static int dataStart(byte[] pdf, int afterKeyword) {
        int at = afterKeyword;
        if (at < pdf.length && pdf[at] == '\r') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\n') {
            at++;
        }
        return at;
    }

    /** The bytes the zlib stream at {@code offset} inflates to (0 when it is not one), counting at most {@code cap}. */
    private static long inflated(byte[] pdf, int offset, long cap) {
        if (offset + 1 >= pdf.length || !zlibHeader(pdf, offset)) {
            return 0;
        }
        InputStream in = new ByteArrayInputStream(pdf, offset, pdf.length - offset);
        try {
            for (int depth = 0; depth < MAX_NESTING; depth++) {
                PushbackInputStream inflating = new PushbackInputStream(new InflaterInputStream(in), 2);
                byte[] head = inflating.readNBytes(2);
                inflating.unread(head);
                in = inflating;
                if (head.length < 2 || !zlibHeader(head, 0)) {
                    break;
                }
            }
            return count(in, cap);
        } catch (IOException notZlibAfterAll) {
            return 0;
        }
    }

    private static long count(InputStream in, long cap) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int read = in.read(buffer); read >= 0 && total <= cap; read = in.read(buffer)) {
                total += read;
            }
        } catch (IOException truncatedOrCorrupt) {
            return total;
        }
        return total;
    }

    private static boolean zlibHeader(byte[] bytes, int at) {
        int cmf = bytes[at] & 0xFF;
        int flg = bytes[at + 1] & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
    }
}
