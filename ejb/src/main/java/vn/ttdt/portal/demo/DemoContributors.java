package vn.ttdt.portal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.contributors.domain.Contributor;
import vn.ttdt.portal.contributors.domain.ContributorDetails;
import vn.ttdt.portal.contributors.domain.ContributorRepository;
import vn.ttdt.portal.contributors.domain.CourseDetails;
import vn.ttdt.portal.contributors.domain.Evaluation;
import vn.ttdt.portal.contributors.domain.Participant;
import vn.ttdt.portal.contributors.domain.TrainingCourse;
import vn.ttdt.portal.contributors.domain.TrainingCourseRepository;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;

/**
 * The demo contributor network: the demo contributor (with their account), a teacher and a farmer outside the units,
 * one who stopped writing; and a writing-skills course of 2023 two of them attended.
 */
final class DemoContributors {

    private DemoContributors() {
    }

    static void load(Site site, Map<String, Unit> unitsByShortName, Account demoContributor, ContributorRepository contributors,
                     TrainingCourseRepository courses, Instant now) {
        Contributor an = add(site, contributors, now, unitsByShortName.get("Xã Long Giao"), new ContributorDetails(
                demoContributor.getFullName(), "An Nhiên", null, "0913 456 789", demoContributor.getEmail(), "Ấp 1, xã Long Giao", null));
        an.linkAccount(demoContributor.getId(), now);
        Contributor trang = add(site, contributors, now, null, new ContributorDetails("Lê Thị Thu Trang", "Thu Trang",
                "Giáo viên Trường THCS Xuân Đường", "0987 120 345", "thutrang.gv@example.vn", "Ấp Bể Bạc, xã Xuân Đường",
                "Viết về giáo dục, gương người tốt việc tốt"));
        add(site, contributors, now, null, new ContributorDetails("Phạm Văn Hùng", "Hùng Sông Ray",
                "Hội viên Hội Nông dân xã Sông Ray", "0909 876 123", null, "Ấp 3, xã Sông Ray", "Viết về nông thôn mới"));
        add(site, contributors, now, unitsByShortName.get("Xã Xuân Đường"), new ContributorDetails("Ngô Thị Mai", "Mai Xuân",
                null, "0938 222 111", "mai.ngo@example.vn", null, "Chuyển công tác từ tháng 6/2023")).deactivate(now);
        TrainingCourse course = new TrainingCourse(site, now);
        course.describe(new CourseDetails("Tập huấn kỹ năng viết tin, bài cho cộng tác viên năm 2023", LocalDate.of(2023, 6, 15),
                LocalDate.of(2023, 6, 16), "Hội trường UBND huyện Cẩm Mỹ", "ThS. Nguyễn Văn Bình, phóng viên Báo Đồng Nai",
                "Cán bộ đầu mối các đơn vị, cộng tác viên, giáo viên", null), now);
        course.enrol(List.of(new Participant(an.getId(), an.getFullName(), "UBND xã Long Giao", true, Evaluation.GOOD, null),
                new Participant(trang.getId(), trang.getFullName(), trang.unitOrOccupation(), true, Evaluation.EXCELLENT,
                        "Bài thực hành đạt, có thể đăng"),
                new Participant(null, "Đỗ Văn Lực", "UBND xã Sông Ray", false, null, "Vắng có lý do")), now);
        courses.add(course);
    }

    private static Contributor add(Site site, ContributorRepository contributors, Instant now, Unit unit, ContributorDetails details) {
        Contributor contributor = new Contributor(site, now);
        contributor.describe(details, unit, now);
        return contributors.add(contributor);
    }
}
