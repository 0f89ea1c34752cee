package vn.ttdt.portal.site.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.ttdt.portal.procedures.application.OneStopFigures;
import vn.ttdt.portal.procedures.domain.OneStopCounts;

class OneStopChartsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static final List<OneStopFigures> UNITS = List.of(
            OneStopFigures.of("UBND xã Xuân Đường", new OneStopCounts(100, 0, 20, 75, 5, 0, 0, 0)),
            OneStopFigures.of("Phòng <Tư pháp> & \"Hộ tịch\"", new OneStopCounts(10, 0, 0, 8, 2, 0, 0, 0)),
            OneStopFigures.of("Xã chưa giải quyết", new OneStopCounts(3, 0, 0, 0, 0, 3, 0, 0)));

    @Test
    void theUnitChartIsAnAccessibleImageWithOneBarPerUnit() throws Exception {
        String svg = OneStopCharts.onTimeByUnit("chart-units", "Tỷ lệ đúng hạn", "Mô tả", UNITS);
        Document doc = parse(svg);
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        assertEquals("chart-units-title chart-units-desc", doc.getDocumentElement().getAttribute("aria-labelledby"));
        assertEquals("Tỷ lệ đúng hạn", doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(3, doc.getElementsByTagName("rect").getLength());
        assertTrue(svg.contains(">95,0 %<"), svg);
        assertTrue(svg.contains("class=\"bar low\""), "80 % is drawn as below 90 %");
        assertTrue(svg.contains(">—<"), "no resolved dossier: no rate");
        assertTrue(doc.getDocumentElement().getTextContent().contains("Phòng <Tư pháp> & \"Hộ tịch\""));
        assertFalse(svg.contains("style="), "no inline style: the CSP allows none");
        assertFalse(svg.contains("<script"));
    }

    @Test
    void theTrendChartHasAColumnPerMonthLabelledAsCitizensWriteMonths() throws Exception {
        List<OneStopFigures> months = List.of(OneStopFigures.of("2023-01", new OneStopCounts(10, 0, 0, 10, 0, 0, 0, 0)),
                OneStopFigures.of("2023-02", OneStopCounts.zero()));
        String svg = OneStopCharts.onTimeTrend("chart-trend", "Diễn biến", "Mô tả", months);
        Document doc = parse(svg);
        assertEquals(2, doc.getElementsByTagName("rect").getLength());
        assertTrue(svg.contains(">1/2023<") && svg.contains(">2/2023<"), svg);
        assertTrue(svg.contains(">100,0 %<"));
    }
}
