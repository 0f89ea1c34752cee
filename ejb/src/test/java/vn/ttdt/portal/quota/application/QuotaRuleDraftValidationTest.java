package vn.ttdt.portal.quota.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ttdt.portal.shared.application.VietnameseValidation.messages;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.shared.domain.Quarter;

class QuotaRuleDraftValidationTest {

    @Test
    void theCommunesRuleOfTheAppendixIsValid() {
        QuotaRuleDraft draft = new QuotaRuleDraft(2L, 2027, 1, QuotaScope.EACH_UNIT, 1, 1, 0);

        assertEquals(Map.of(), messages(draft));
        assertEquals(new Quarter(2027, 1), draft.effectiveFrom());
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldInVietnamese() {
        assertEquals(Map.of(
                "groupId", "Vui lòng chọn khối đơn vị.",
                "year", "Vui lòng nhập năm bắt đầu áp dụng.",
                "quarter", "Vui lòng chọn quý bắt đầu áp dụng.",
                "scope", "Vui lòng chọn phạm vi tính chỉ tiêu (từng đơn vị hoặc cả khối).",
                "minimumNews", "Vui lòng nhập số tin tối thiểu (0 nếu không yêu cầu).",
                "minimumArticles", "Vui lòng nhập số bài tối thiểu (0 nếu không yêu cầu).",
                "minimumPostedPercent", "Vui lòng nhập tỷ lệ văn bản đề nghị đăng phải được đăng (0 nếu không yêu cầu)."),
                messages(new QuotaRuleDraft(null, null, null, null, null, null, null)));
    }

    @Test
    void aFifthQuarterANegativeMinimumAndAShareOverAHundredAreRefused() {
        assertEquals(Map.of(
                "quarter", "Quý áp dụng phải từ 1 đến 4.",
                "minimumNews", "Số tin tối thiểu phải từ 0 đến 1000.",
                "minimumPostedPercent", "Tỷ lệ văn bản được đăng phải từ 0 đến 100%."),
                messages(new QuotaRuleDraft(1L, 2027, 5, QuotaScope.GROUP_TOGETHER, -1, 3, 101)));
    }

    @Test
    void aYearOutsideTheRangeNamesTheRange() {
        assertEquals(Map.of("year", "Năm áp dụng phải từ 2000 đến 2100."),
                messages(new QuotaRuleDraft(1L, 1999, 1, QuotaScope.EACH_UNIT, 0, 1, 0)));
    }

    @Test
    void aRuleAskingForNothingIsRefused() {
        assertEquals(Map.of("askingSomething",
                "Chỉ tiêu phải yêu cầu ít nhất một nội dung: số tin, số bài hoặc tỷ lệ văn bản được đăng lớn hơn 0."),
                messages(new QuotaRuleDraft(1L, 2027, 1, QuotaScope.EACH_UNIT, 0, 0, 0)));
    }

    @Test
    void rule5AsksOnlyForTheShareOfPostingRequestsPosted() {
        assertEquals(Map.of(), messages(new QuotaRuleDraft(5L, 2027, 2, QuotaScope.EACH_UNIT, 0, 0, 100)));
    }
}
