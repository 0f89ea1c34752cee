package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    private static final String ORIGINAL = SearchText.of("Xã Xuân Đường tổ chức hội nghị sơ kết công tác cải cách hành chính",
            "Sáng 15/6, UBND xã Xuân Đường tổ chức hội nghị sơ kết 6 tháng đầu năm công tác cải cách hành chính.",
            "<p>Trong 6 tháng đầu năm, bộ phận một cửa đã tiếp nhận 1.200 hồ sơ, giải quyết đúng hạn 98%. "
                    + "Xã tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến và hướng dẫn người dân sử dụng dịch vụ công.</p>");

    private static final String REWORDED = SearchText.of("Hội nghị sơ kết công tác cải cách hành chính tại xã Xuân Đường",
            "Ngày 15/6, Ủy ban nhân dân xã Xuân Đường tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm.",
            "<p>Bộ phận một cửa đã tiếp nhận 1.200 hồ sơ trong 6 tháng đầu năm, giải quyết đúng hạn 98%. "
                    + "Thời gian tới, xã tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến, hướng dẫn người dân sử dụng dịch vụ công.</p>");

    private static final String UNRELATED = SearchText.of("Khai mạc giải bóng đá thanh niên huyện",
            "16 đội bóng đến từ các xã tham gia giải bóng đá thanh niên năm 2023.",
            "<p>Giải diễn ra tại sân vận động trung tâm huyện từ ngày 15/4 đến 30/4, thu hút đông đảo khán giả.</p>");

    @Test
    void anItemIsFullySimilarToItself() {
        assertEquals(1.0, Similarity.of(ORIGINAL, ORIGINAL), 1e-9);
    }

    @Test
    void aRewordedCopyScoresAboveTheDefaultThreshold() {
        double score = Similarity.of(ORIGINAL, REWORDED);
        assertTrue(score >= 0.35, "score " + score);
    }

    @Test
    void anUnrelatedItemScoresFarBelowIt() {
        double score = Similarity.of(ORIGINAL, UNRELATED);
        assertTrue(score < 0.1, "score " + score);
    }

    @Test
    void theScoreIsSymmetricAndEmptyTextScoresZero() {
        assertEquals(Similarity.of(ORIGINAL, REWORDED), Similarity.of(REWORDED, ORIGINAL), 1e-12);
        assertEquals(0.0, Similarity.of(ORIGINAL, " "), 1e-12);
    }
}
