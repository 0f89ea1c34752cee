package vn.ttdt.portal.reporting.infrastructure.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;

class SectionsTest {

    @Test
    void theTotalRowAddsUpEachNumericColumnAndLeavesTextColumnsEmpty() {
        List<ReportRow> rows = List.of(
                new ReportRow("Tập huấn A", List.of(Figure.text("15/06/2023 – 16/06/2023"), Figure.of(3), Figure.of(2))),
                new ReportRow("Tập huấn B", List.of(Figure.text("01/09/2023 – 01/09/2023"), Figure.of(10), Figure.of(9))));

        ReportRow total = Sections.total(rows, 3);

        assertEquals("Tổng cộng", total.label());
        assertEquals(List.of("", "13", "11"), total.figures().stream().map(Figure::display).toList());
    }

    @Test
    void theTotalOfNoRowsIsZeros() {
        assertEquals(List.of(Figure.of(0), Figure.of(0)), Sections.total(List.of(), 2).figures());
    }

    @Test
    void aSectionTakesItsTitleWhatItCountsAndItsHeadingsFromTheBundle() {
        ReportSection section = Sections.section(TrainingCoursesHeld.KEY, List.of(), List.of("dates", "participants", "attended"),
                List.of(), null, null);

        assertEquals("Tập huấn kỹ năng viết tin, bài", section.title());
        assertEquals("Lớp tập huấn bắt đầu trong năm, số học viên được mời và số có mặt.", section.counts());
        assertEquals(List.of("Thời gian", "Học viên", "Có mặt"), section.headings());
    }
}
