package vn.ttdt.portal.shared.infrastructure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pairedBarsDrawWhatWasRequiredAboveWhatWasAchievedWithTheFiguresWrittenAndALegend() throws Exception {
        String svg = SvgChart.pairedBars("pairs", "Chỉ tiêu và thực hiện", "Mô tả", List.of(
                new SvgChart.Pair("Xã Xuân Đường", 2, 3, false), new SvgChart.Pair("Hội <Nông dân> & \"Phụ nữ\"", 3, 1, true)),
                "Chỉ tiêu", "Đã thực hiện");
        Document doc = parse(svg);

        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        assertEquals("pairs-title pairs-desc", doc.getDocumentElement().getAttribute("aria-labelledby"));
        assertEquals(6, doc.getElementsByTagName("rect").getLength(), "two legend swatches and two bars per unit");
        assertTrue(doc.getDocumentElement().getTextContent().contains("Hội <Nông dân> & \"Phụ nữ\""));
        assertTrue(svg.contains("class=\"bar achieved low\""), "the unit short of its quota in the warning colour");
        assertTrue(svg.contains(">3</text>") && svg.contains(">1</text>"), svg);
        assertTrue(doc.getDocumentElement().getTextContent().contains("Đã thực hiện"));
        assertFalse(svg.contains("style="), "no inline style: the CSP allows none");
    }

    @Test
    void percentColumnsWriteAMissingValueAsADashWithoutABar() throws Exception {
        String svg = SvgChart.percentColumns("trend", "Diễn biến", "Mô tả", List.of(new SvgChart.Bar("I/2026", 50.0, false),
                new SvgChart.Bar("II/2026", null, true)), 400, 150);
        Document doc = parse(svg);

        assertEquals(2, doc.getElementsByTagName("rect").getLength());
        assertTrue(svg.contains(">50,0 %<") && svg.contains(">—<") && svg.contains(">II/2026<"), svg);
        assertTrue(svg.contains("viewBox=\"0 0 400 150\""));
    }

    @Test
    void pairedColumnsDrawBothFiguresOfEachLabelSideBySideOnACountingAxis() throws Exception {
        List<SvgChart.Pair> days = new java.util.ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            days.add(new SvgChart.Pair(String.format("%02d/11", d), d == 7 ? 23 : 0, d == 7 ? 9 : 0, false));
        }
        String svg = SvgChart.pairedColumns("days", "Lượt xem & người truy cập", "Mô tả", days, "Lượt xem", "Người truy cập", 720, 260);
        Document doc = parse(svg);

        assertEquals(2 + 60, doc.getElementsByTagName("rect").getLength(), "two legend swatches and two bars per day");
        assertTrue(svg.contains("<title>07/11: Lượt xem 23, Người truy cập 9</title>"), svg);
        assertTrue(svg.contains(">25</text>") && svg.contains(">0</text>"), "the axis up to 25 in steps of 5: " + svg);
        assertTrue(svg.contains(">01/11</text>") && !svg.contains(">02/11</text>"), "every second label when they do not all fit");
        assertFalse(svg.contains("style="));
    }

    @Test
    void countsGetWholeStepsOfOneTwoOrFiveTimesAPowerOfTenAndAtMostFiveOfThem() {
        assertEquals(new SvgChart.Axis(1, 1, ""), SvgChart.Axis.counting(0));
        assertEquals(new SvgChart.Axis(5, 1, ""), SvgChart.Axis.counting(5));
        assertEquals(new SvgChart.Axis(8, 2, ""), SvgChart.Axis.counting(7));
        assertEquals(new SvgChart.Axis(30, 10, ""), SvgChart.Axis.counting(30));
        assertEquals(new SvgChart.Axis(60, 20, ""), SvgChart.Axis.counting(51));
        assertEquals(new SvgChart.Axis(1000, 200, ""), SvgChart.Axis.counting(999));
    }

    @Test
    void aChartIsAnImageLabelledByItsTitleWithOneBarPerFigureAndItsTextEscaped() throws Exception {
        List<SvgChart.Figure> bars = List.of(new SvgChart.Figure("Cải cách <hành chính> & \"CCHC\"", 3, "3", false),
                new SvgChart.Figure("Nông thôn mới", 0, "0", true));
        String svg = SvgChart.bars("chart-x", "Tin bài tháng này", "Mô tả", bars, SvgChart.Axis.counting(3));
        Document doc = parse(svg);
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        assertEquals("chart-x-title chart-x-desc", doc.getDocumentElement().getAttribute("aria-labelledby"));
        assertEquals("Tin bài tháng này", doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(2, doc.getElementsByTagName("rect").getLength());
        assertTrue(doc.getDocumentElement().getTextContent().contains("Cải cách <hành chính> & \"CCHC\""));
        assertTrue(svg.contains("class=\"bar low\""));
        assertTrue(svg.contains("width=\"410.0\""), "the largest figure fills the axis: " + svg);
        assertFalse(svg.contains("style="));
        assertFalse(svg.contains("<script"));
    }
}
