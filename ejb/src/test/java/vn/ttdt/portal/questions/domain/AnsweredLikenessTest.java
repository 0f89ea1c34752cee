package vn.ttdt.portal.questions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnsweredLikenessTest {

    private static Question question(String code, String title, String text) {
        return new Question(null, code, new Asker("Người hỏi", "a@example.org", null, null), QuestionField.LAND, title, text,
                Publication.PRIVATE, Instant.EPOCH);
    }

    private static final Question LAND_CERTIFICATE = question("HD-2023-AAAAAA", "Cấp giấy chứng nhận quyền sử dụng đất",
            "Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu gồm những giấy tờ gì?");
    private static final Question SCHOOL = question("HD-2023-BBBBBB", "Tuyển sinh lớp một",
            "Thời gian tuyển sinh lớp một năm nay của trường tiểu học xã Xuân Đường là khi nào?");

    private final AnsweredLikeness likeness = new AnsweredLikeness(0.4);

    @Test
    void theSameQuestionTypedWithoutDiacriticsAndOtherCaseIsTheBestMatch() {
        Question repeated = question("HD-2023-CCCCCC", "cap giay chung nhan quyen su dung dat",
                "XIN HOI THU TUC CAP GIAY CHUNG NHAN QUYEN SU DUNG DAT LAN DAU GOM NHUNG GIAY TO GI");

        AnsweredLikeness.Match match = likeness.bestFor(repeated, List.of(SCHOOL, LAND_CERTIFICATE)).orElseThrow();

        assertEquals("HD-2023-AAAAAA", match.answered().getTrackingCode());
        assertTrue(match.score() > 0.95, "score " + match.score());
    }

    @Test
    void aQuestionOnAnotherMatterHasNoMatchAndNeitherHasTheQuestionItself() {
        Question other = question("HD-2023-DDDDDD", "Giờ làm việc bộ phận một cửa", "Bộ phận một cửa của huyện làm việc thứ Bảy không?");

        assertTrue(likeness.bestFor(other, List.of(SCHOOL, LAND_CERTIFICATE)).isEmpty());
        assertTrue(likeness.bestFor(LAND_CERTIFICATE, List.of(LAND_CERTIFICATE)).isEmpty());
    }
}
