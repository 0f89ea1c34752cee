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

class SvgChartBarsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
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
