package vn.ttdt.portal.shared.infrastructure.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of the PDF exports (the royalty signature sheet, the quota dashboard): DejaVu Sans from the
 * {@code jasperreports-fonts} jar, embedded as Identity-H subsets so that every Vietnamese letter renders and can be
 * copied out of the PDF as text.
 */
public record PdfFonts(Font title, Font bold, Font regular, Font small, Font italic, Font smallItalic) {

    private static final String DIRECTORY = "net/sf/jasperreports/fonts/dejavu/";
    private static final Color GREY = new Color(80, 80, 80);
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    public static PdfFonts create() {
        BaseFont regular = load("DejaVuSans.ttf");
        BaseFont bold = load("DejaVuSans-Bold.ttf");
        BaseFont italic = load("DejaVuSans-Oblique.ttf");
        return new PdfFonts(new Font(bold, 13), new Font(bold, 8.5f), new Font(regular, 8.5f),
                new Font(regular, 7.5f, Font.NORMAL, GREY), new Font(italic, 8.5f), new Font(italic, 7.5f));
    }

    /** Composed (NFC) text: one glyph per Vietnamese letter, since the PDF does no mark positioning. */
    public static String composed(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static BaseFont load(String file) {
        byte[] bytes = FILES.computeIfAbsent(file, PdfFonts::read);
        try {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + DIRECTORY + file + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
