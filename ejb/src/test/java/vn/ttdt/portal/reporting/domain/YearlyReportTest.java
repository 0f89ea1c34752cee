package vn.ttdt.portal.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;

class YearlyReportTest {

    private static final Site SITE = new Site("default", "Trang thông tin điện tử huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");

    private record Source(int order, String key, List<Integer> askedFor) implements SectionSource {
        @Override
        public ReportSection section(Site site, ReportYear year) {
            askedFor.add(year.value());
            return new ReportSection(key, "Mục " + key, "đếm " + key, List.of(), "Nhãn", List.of("Số"),
                    List.of(ReportRow.of("dòng", order)), null, null);
        }
    }

    @Test
    void theSectionsComeInTheirSourcesOrderWhateverOrderTheSourcesAreFoundIn() {
        List<Integer> asked = new ArrayList<>();
        List<Source> found = List.of(new Source(30, "thang", asked), new Source(10, "chuyen-muc", asked),
                new Source(20, "don-vi", asked));

        YearlyReport report = YearlyReport.assemble(SITE, new ReportYear(2023), Instant.parse("2026-12-06T04:00:00Z"), found);

        assertEquals(List.of("chuyen-muc", "don-vi", "thang"), report.sections().stream().map(ReportSection::key).toList());
        assertEquals(List.of(2023, 2023, 2023), asked);
        assertEquals("Trang thông tin điện tử huyện Cẩm Mỹ", report.siteName());
        assertEquals(20, report.section("don-vi").orElseThrow().rows().get(0).number(0));
    }

    @Test
    void oneMoreSourceIsOneMoreSectionAtItsPlace() {
        List<Integer> asked = new ArrayList<>();
        List<Source> found = List.of(new Source(10, "a", asked), new Source(130, "luot-truy-cap", asked), new Source(120, "tap-huan", asked));

        YearlyReport report = YearlyReport.assemble(SITE, new ReportYear(2024), Instant.EPOCH, found);

        assertEquals(List.of("a", "tap-huan", "luot-truy-cap"), report.sections().stream().map(ReportSection::key).toList());
    }

    @Test
    void theYearRunsFromVietnameseMidnightToVietnameseMidnight() {
        ReportYear year = new ReportYear(2023);

        assertEquals(Instant.parse("2022-12-31T17:00:00Z"), year.start());
        assertEquals(Instant.parse("2023-12-31T17:00:00Z"), year.end());
        assertThrows(IllegalArgumentException.class, () -> new ReportYear(1999));
        assertThrows(IllegalArgumentException.class, () -> new ReportYear(2101));
    }

    @Test
    void aRowMustHaveOneFigurePerColumn() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ReportSection("k", "t", "c",
                List.of(), "Nhãn", List.of("Tin", "Bài"), List.of(ReportRow.of("Tháng 1", 3)), null, null));

        assertEquals("section k: row 'Tháng 1' has 1 figures for 2 columns", refused.getMessage());
    }

    @Test
    void aChartIsDrawnOnlyWhenARowHasAFigureAboveZeroInItsColumn() {
        ReportChart chart = new ReportChart(ReportChart.Shape.COLUMNS, "Số tin, bài mỗi tháng", 1);
        List<ReportRow> nothing = List.of(ReportRow.of("Tháng 1", 5, 0), ReportRow.of("Tháng 2", 0, 0));
        List<ReportRow> one = List.of(ReportRow.of("Tháng 1", 0, 0), ReportRow.of("Tháng 2", 0, 1));

        assertFalse(new ReportSection("m", "t", "c", List.of(), "Tháng", List.of("Tin", "Cộng"), nothing, null, chart).chartable());
        assertTrue(new ReportSection("m", "t", "c", List.of(), "Tháng", List.of("Tin", "Cộng"), one, null, chart).chartable());
        assertFalse(new ReportSection("m", "t", "c", List.of(), "Tháng", List.of("Tin", "Cộng"), one, null, null).chartable());
    }

    @Test
    void numbersAreWrittenTheVietnameseWayAndTextsAsTheyAre() {
        assertEquals("120.000.000", Figure.of(120_000_000L).display());
        assertEquals("Chưa tính", Figure.text("Chưa tính").display());
        assertEquals(0, new ReportRow("x", List.of(Figure.text("—"))).number(0));
    }
}
