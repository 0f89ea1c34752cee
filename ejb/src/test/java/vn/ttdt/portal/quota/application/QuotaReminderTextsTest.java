package vn.ttdt.portal.quota.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.ttdt.portal.quota.domain.Missing;

class QuotaReminderTextsTest {

    @Test
    void whatIsMissingIsNamedMeasureByMeasureInVietnamese() {
        assertEquals("3 tin, 1 bài", QuotaReminderTexts.missing(new Missing(3, 1, 0)));
        assertEquals("2 bài", QuotaReminderTexts.missing(new Missing(0, 2, 0)));
        assertEquals("1 văn bản cần đăng tải", QuotaReminderTexts.missing(new Missing(0, 0, 1)));
    }
}
