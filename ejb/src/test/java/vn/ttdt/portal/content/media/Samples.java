package vn.ttdt.portal.content.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small real files of every accepted format, and the tricks people play with them, made in memory. */
public final class Samples {

    /** A 1×1 lossless WebP (the smallest valid one). */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private Samples() {
    }

    public static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0, 90, 160, alpha ? 120 : 255), width, height, new Color(230, 180, 40)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, true), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, false), "gif");
    }

    /** A JPEG whose EXIF block holds an orientation and a text that must not reach any rendition. */
    public static byte[] jpegWithExif(int width, int height, int orientation, String secret) {
        byte[] jpeg = jpeg(width, height);
        byte[] text = (secret + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + text.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 24 + 4);
        tiff.putInt(0).put(text);
        byte[] body = tiff.array();
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + body.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length)).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, app1.array(), slice(jpeg, 2, jpeg.length));
    }

    /** A PNG whose header claims another size (the chunk's checksum is fixed up, as an attacker would). */
    public static byte[] pngClaiming(int width, int height) {
        byte[] png = png(4, 4);
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    /** A JPEG whose frame header claims another size. */
    public static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = jpeg(16, 16);
        for (int i = 2; i < jpeg.length - 9; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0");
    }

    public static byte[] pdf(String extra) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R " + extra + ">> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A PDF 1.5 whose catalog (with {@code catalogExtra}) and page tree lie in a Flate-compressed object
     * stream, found through a cross-reference stream: nothing of the catalog is visible in the raw bytes.
     */
    public static byte[] pdfInObjectStream(String catalogExtra) {
        return pdfInObjectStream(catalogExtra, 0);
    }

    /** As {@link #pdfInObjectStream(String)}, the object stream padded with {@code spaces} spaces before compression. */
    public static byte[] pdfInObjectStream(String catalogExtra, long spaces) {
        String catalog = "<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>\n";
        String pages = "<< /Type /Pages /Kids [] /Count 0 >>";
        String index = "1 0 2 " + catalog.length() + " ";
        byte[] packed = deflate(ascii(index + catalog + pages), spaces);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.5\n"));
        int objectStream = out.size();
        out.writeBytes(ascii("3 0 obj\n<< /Type /ObjStm /N 2 /First " + index.length() + " /Filter /FlateDecode /Length "
                + packed.length + " >>\nstream\n"));
        out.writeBytes(packed);
        out.writeBytes(ascii("\nendstream\nendobj\n"));
        int xref = out.size();
        ByteBuffer rows = ByteBuffer.allocate(5 * 7);
        rows.put((byte) 0).putInt(0).putShort((short) 0xFFFF);
        rows.put((byte) 2).putInt(3).putShort((short) 0);
        rows.put((byte) 2).putInt(3).putShort((short) 1);
        rows.put((byte) 1).putInt(objectStream).putShort((short) 0);
        rows.put((byte) 1).putInt(xref).putShort((short) 0);
        out.writeBytes(ascii("4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Length 35 >>\nstream\n"));
        out.writeBytes(rows.array());
        out.writeBytes(ascii("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return out.toByteArray();
    }

    /** A one-page PDF made with PDFBox, changed by {@code setUp}, saved with compressed object streams. */
    public static byte[] pdfbox(PdfSetUp setUp) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            setUp.apply(document, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes a PDF being made. */
    @FunctionalInterface
    public interface PdfSetUp {
        void apply(PDDocument document, PDPage page) throws IOException;
    }

    /** A DOCX whose directory names its entries but points at the wrong place for the first one's data. */
    public static byte[] docxWithMisplacedEntry() {
        byte[] docx = docx();
        for (int at = docx.length - 22; at > 0; at--) {
            if (docx[at] == 0x50 && docx[at + 1] == 0x4B && docx[at + 2] == 0x05 && docx[at + 3] == 0x06) {
                int directory = ByteBuffer.wrap(docx, at + 16, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
                ByteBuffer.wrap(docx, directory + 42, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(7);
                return docx;
            }
        }
        throw new IllegalStateException("no end of central directory");
    }

    private static byte[] deflate(byte[] bytes) {
        return deflate(bytes, 0);
    }

    /** {@code bytes} followed by {@code spaces} spaces, zlib-compressed without holding the spaces in memory. */
    public static byte[] deflate(byte[] bytes, long spaces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] blank = new byte[64 * 1024];
        java.util.Arrays.fill(blank, (byte) ' ');
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(bytes);
            for (long left = spaces; left > 0; left -= blank.length) {
                deflater.write(blank, 0, (int) Math.min(blank.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] zip(String... names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** An OLE2 compound file whose directory holds the root entry and the given streams. */
    public static byte[] ole2(String... streams) {
        ByteBuffer file = ByteBuffer.allocate(512 + 512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE).putShort(0x1E, (short) 9);
        entry(file, 512, "Root Entry", 5);
        for (int i = 0; i < streams.length && i < 3; i++) {
            entry(file, 512 + 128 * (i + 1), streams[i], 2);
        }
        return file.array();
    }

    private static void entry(ByteBuffer file, int at, String name, int type) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        file.put(at, utf16);
        file.putShort(at + 64, (short) (utf16.length + 2));
        file.put(at + 66, (byte) type);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    public static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
