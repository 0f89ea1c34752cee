package vn.ttdt.portal.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;

/** The sample dossier (bộ hồ sơ mẫu) of a demo procedure: a one-page PDF naming its papers, in Vietnamese with DejaVu Sans embedded. */
final class DemoSampleFiles {

    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    private final BaseFont font;

    DemoSampleFiles() {
        try (InputStream in = DemoSampleFiles.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT + " is not on the class path");
            }
            font = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] sampleDossier(ProcedureDescription procedure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.addTitle("Bộ hồ sơ mẫu — " + procedure.name());
        document.open();
        document.add(new Paragraph("BỘ HỒ SƠ MẪU (dữ liệu mẫu)", new Font(font, 14, Font.BOLD)));
        document.add(new Paragraph(procedure.name() + " — mã " + procedure.code(), new Font(font, 12)));
        document.add(new Paragraph("Cơ quan thực hiện: " + procedure.body(), new Font(font, 10)));
        document.add(new Paragraph(" "));
        int n = 1;
        for (ProcedureDescription.Dossier paper : procedure.dossier()) {
            document.add(new Paragraph(n++ + ". " + paper.name() + " — " + paper.copies() + " bản", new Font(font, 11)));
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Người yêu cầu ghi đầy đủ, rõ ràng thông tin theo mẫu; không tẩy xóa.", new Font(font, 10)));
        document.close();
        return out.toByteArray();
    }
}
