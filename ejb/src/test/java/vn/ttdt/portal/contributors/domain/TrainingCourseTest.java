package vn.ttdt.portal.contributors.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class TrainingCourseTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    private static CourseDetails from(LocalDate start, LocalDate end) {
        return new CourseDetails("Viết tin", start, end, "Hội trường", "Báo Đồng Nai", null, null);
    }

    @Test
    void aCourseCannotEndBeforeItStartsAndCountsWhoAttended() {
        TrainingCourse course = new TrainingCourse(new Site("t", "T", "T", "T"), NOW);
        assertEquals("trainingCourse.datesReversed", assertThrows(BusinessRuleException.class,
                () -> course.describe(from(LocalDate.of(2023, 6, 16), LocalDate.of(2023, 6, 15)), NOW)).messageKey());
        course.describe(from(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 6, 15)), NOW);
        course.enrol(List.of(new Participant(null, "An", null, true, Evaluation.GOOD, null),
                new Participant(null, "Bình", null, false, null, null)), NOW);
        assertEquals(1, course.attendance());
        assertEquals("Viết tin", course.getTitle());
    }
}
