package vn.ttdt.portal.content.media.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.media.Samples;

class PdfInflationTest {

    private static final long MB = 1024 * 1024;

    @Test
    void anObjectStreamThatInflatesBeyondTheBudgetExceedsItAndWithinItDoesNot() {
        byte[] pdf = Samples.pdfInObjectStream("", 2 * MB);

        assertTrue(pdf.length < 64 * 1024, "a few kilobytes on disk");
        assertTrue(PdfInflation.exceeds(pdf, MB));
        assertFalse(PdfInflation.exceeds(pdf, 4 * MB));
    }

    @Test
    void aStreamCompressedTwiceIsCountedAtItsInnermostSize() {
        byte[] inner = Samples.deflate(new byte[0], 2 * MB);
        byte[] twice = Samples.deflate(inner, 0);
        byte[] pdf = withStream(twice);

        assertTrue(twice.length < 64 * 1024);
        assertTrue(PdfInflation.exceeds(pdf, MB));
    }

    @Test
    void aPdfWithoutCompressedStreamsInflatesToNothing() {
        assertFalse(PdfInflation.exceeds(Samples.pdf(""), 0));
        assertFalse(PdfInflation.exceeds(withStream("BT /F1 12 Tf (Xin chao) Tj ET".getBytes(StandardCharsets.US_ASCII)), 0));
    }

    private static byte[] withStream(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.4\n1 0 obj << /Length " + data.length + " /Filter /FlateDecode >>\nstream\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes("\nendstream\nendobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
