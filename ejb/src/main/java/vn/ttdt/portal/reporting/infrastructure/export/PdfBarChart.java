package vn.ttdt.portal.reporting.infrastructure.export;

import static vn.ttdt.portal.shared.infrastructure.export.PdfFonts.composed;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportChart;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;

/**
 * A section's chart drawn into the PDF as vector graphics with the report's embedded font: upright columns in the
 * rows' order (months) or flat bars (categories), each with its figure written at its end (grouped as
 * the tables write it, 1.234.567), so the chart reads as text too.
 */
final class PdfBarChart {

    private static final Color BAR = new Color(11, 61, 145);
    private static final Color GRID = new Color(200, 200, 200);
    private static final Color INK = new Color(40, 40, 40);
    private static final float FONT_SIZE = 7.5f;
    private static final float BAR_ROW = 16;
    private static final float LABEL_WIDTH = 170;

    private PdfBarChart() {
    }

    static Image of(PdfContentByte canvas, ReportSection section, BaseFont font, float width) {
        ReportChart chart = section.chart();
        List<ReportRow> rows = section.rows();
        long largest = Math.max(1, rows.stream().mapToLong(r -> r.number(chart.column())).max().orElse(1));
        PdfTemplate template = chart.shape() == ReportChart.Shape.COLUMNS
                ? columns(canvas, rows, chart.column(), largest, font, width)
                : bars(canvas, rows, chart.column(), largest, font, width);
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setAlt(composed(chart.title()));
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PdfTemplate columns(PdfContentByte canvas, List<ReportRow> rows, int column, long largest, BaseFont font, float width) {
        float height = 150;
        float bottom = 16;
        float plot = height - bottom - 14;
        PdfTemplate t = canvas.createTemplate(width, height);
        line(t, 0, bottom, width, bottom);
        float slot = width / Math.max(1, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            long value = rows.get(i).number(column);
            float x = i * slot + slot * 0.2f;
            float barHeight = plot * value / largest;
            bar(t, x, bottom, slot * 0.6f, barHeight);
            text(t, font, Figure.of(value).display(), x + slot * 0.3f, bottom + barHeight + 3, Element.ALIGN_CENTER);
            text(t, font, rows.get(i).label(), x + slot * 0.3f, 4, Element.ALIGN_CENTER);
        }
        return t;
    }

    private static PdfTemplate bars(PdfContentByte canvas, List<ReportRow> rows, int column, long largest, BaseFont font, float width) {
        float height = Math.max(1, rows.size()) * BAR_ROW + 4;
        float plot = width - LABEL_WIDTH - 40;
        PdfTemplate t = canvas.createTemplate(width, height);
        line(t, LABEL_WIDTH, 0, LABEL_WIDTH, height);
        for (int i = 0; i < rows.size(); i++) {
            long value = rows.get(i).number(column);
            float y = height - (i + 1) * BAR_ROW;
            float length = plot * value / largest;
            bar(t, LABEL_WIDTH, y + 3, length, BAR_ROW - 6);
            text(t, font, shorten(rows.get(i).label()), LABEL_WIDTH - 4, y + 5, Element.ALIGN_RIGHT);
            text(t, font, Figure.of(value).display(), LABEL_WIDTH + length + 4, y + 5, Element.ALIGN_LEFT);
        }
        return t;
    }

    private static void bar(PdfTemplate t, float x, float y, float width, float height) {
        t.setColorFill(BAR);
        t.rectangle(x, y, width, height);
        t.fill();
    }

    private static void line(PdfTemplate t, float x1, float y1, float x2, float y2) {
        t.setColorStroke(GRID);
        t.setLineWidth(0.5f);
        t.moveTo(x1, y1);
        t.lineTo(x2, y2);
        t.stroke();
    }

    private static void text(PdfTemplate t, BaseFont font, String text, float x, float y, int alignment) {
        t.beginText();
        t.setColorFill(INK);
        t.setFontAndSize(font, FONT_SIZE);
        t.showTextAligned(alignment, composed(text), x, y, 0);
        t.endText();
    }

    private static String shorten(String label) {
        return label.length() <= 40 ? label : label.substring(0, 39) + "…";
    }
}
