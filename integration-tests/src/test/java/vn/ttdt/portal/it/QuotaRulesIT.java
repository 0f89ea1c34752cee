package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.Quarter;

/** GET/PUT /admin/api/v1/quota/rules: rules effective from a quarter, validated in Vietnamese, audited, scoped to supervisors. */
class QuotaRulesIT extends PortalIT {

    private static final String RULES = "/admin/api/v1/quota/rules";

    @Test
    void theAppendixsDefaultsAreListedFromTheFirstQuarter() {
        HttpResponse<String> rules = Portal.as(Role.APPROVER).get(RULES);

        assertEquals(200, rules.statusCode());
        assertTrue(rules.body().contains("\"groupCode\":\"CULTURE_CENTRE\""), rules.body());
        Matcher centre = Pattern.compile("\\{[^{}]*\"effectiveFrom\":\"I/2000\"[^{}]*\"groupCode\":\"CULTURE_CENTRE\"[^{}]*}|"
                + "\\{[^{}]*\"groupCode\":\"CULTURE_CENTRE\"[^{}]*\"effectiveFrom\":\"I/2000\"[^{}]*}").matcher(rules.body());
        assertTrue(centre.find(), rules.body());
        assertEquals("30", Json.field(centre.group(), "minimumNews"));
        assertEquals("3", Json.field(centre.group(), "minimumArticles"));
    }

    @Test
    void aRuleFromTheNextQuarterLeavesTheCurrentQuartersRuleInForceAndASecondSetChangesThatQuartersRule() {
        long group = Long.parseLong(Json.field(UnitGroupFixture.newGroup("Khối thử chỉ tiêu"), "id"));
        Quarter now = UnitGroupFixture.currentQuarter();
        Quarter next = UnitGroupFixture.nextQuarter();
        Portal approver = Portal.as(Role.APPROVER);

        HttpResponse<String> current = approver.json("PUT", RULES, UnitGroupFixture.ruleJson(group, now, "EACH_UNIT", 2, 1, 0));
        assertEquals(200, current.statusCode(), current.body());
        assertEquals("true", Json.field(current.body(), "inForce"));
        HttpResponse<String> later = approver.json("PUT", RULES, UnitGroupFixture.ruleJson(group, next, "GROUP_TOGETHER", 5, 2, 0));
        assertEquals(200, later.statusCode(), later.body());
        assertEquals("false", Json.field(later.body(), "inForce"));
        HttpResponse<String> changed = Portal.as(Role.IT_ADMIN).json("PUT", RULES, UnitGroupFixture.ruleJson(group, next, "GROUP_TOGETHER", 6, 2, 0));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(Json.field(later.body(), "id"), Json.field(changed.body(), "id"));

        assertEquals(List.of(now.year() + "-" + now.number() + " EACH_UNIT 2/1/0", next.year() + "-" + next.number() + " GROUP_TOGETHER 6/2/0"),
                Database.strings("SELECT CONCAT(from_year, '-', from_quarter, ' ', scope, ' ', minimum_news, '/', minimum_articles, '/',"
                        + " minimum_posted_percent) FROM quota_rule WHERE group_id = ? ORDER BY from_year, from_quarter", group));
        assertEquals(List.of("pheduyet.demo", "pheduyet.demo", "quantri.demo"), Database.strings(
                "SELECT actor FROM audit_event WHERE action = 'QUOTA_RULE_SET' AND target_type = 'quota-rule'"
                        + " AND CAST(target_id AS UNSIGNED) IN (SELECT id FROM quota_rule WHERE group_id = ?) ORDER BY id", group));
        String listed = approver.get(RULES).body();
        assertTrue(listed.contains("\"effectiveFrom\":\"" + roman(now) + "\""), listed);
        assertTrue(listed.contains("\"effectiveFrom\":\"" + roman(next) + "\""), listed);
    }

    @Test
    void anEmptyBodyIsRefusedWith400NamingEveryFieldInVietnamese() {
        HttpResponse<String> refused = Portal.as(Role.APPROVER).json("PUT", RULES, "{}");

        assertEquals(400, refused.statusCode(), refused.body());
        for (String message : List.of("Vui lòng chọn khối đơn vị.", "Vui lòng nhập năm bắt đầu áp dụng.",
                "Vui lòng chọn quý bắt đầu áp dụng.", "Vui lòng chọn phạm vi tính chỉ tiêu (từng đơn vị hoặc cả khối).",
                "Vui lòng nhập số tin tối thiểu (0 nếu không yêu cầu).", "Vui lòng nhập số bài tối thiểu (0 nếu không yêu cầu).")) {
            assertTrue(refused.body().contains(message), message + " in " + refused.body());
        }
        assertTrue(refused.body().contains("\"field\":\"groupId\""), refused.body());
    }

    @Test
    void outOfRangeValuesAndARuleAskingNothingAreRefusedWithVietnameseMessages() {
        long group = Long.parseLong(Json.field(UnitGroupFixture.newGroup("Khối thử sai"), "id"));
        Portal approver = Portal.as(Role.APPROVER);
        String body = UnitGroupFixture.ruleJson(group, UnitGroupFixture.nextQuarter(), "EACH_UNIT", -1, 0, 150).replace(
                "\"quarter\":" + UnitGroupFixture.nextQuarter().number(), "\"quarter\":5");

        HttpResponse<String> outOfRange = approver.json("PUT", RULES, body);
        assertEquals(400, outOfRange.statusCode(), outOfRange.body());
        assertTrue(outOfRange.body().contains("Quý áp dụng phải từ 1 đến 4."), outOfRange.body());
        assertTrue(outOfRange.body().contains("Số tin tối thiểu phải từ 0 đến 1000."), outOfRange.body());
        assertTrue(outOfRange.body().contains("Tỷ lệ văn bản được đăng phải từ 0 đến 100%."), outOfRange.body());

        HttpResponse<String> nothing = approver.json("PUT", RULES, UnitGroupFixture.ruleJson(group, UnitGroupFixture.nextQuarter(), "EACH_UNIT", 0, 0, 0));
        assertEquals(400, nothing.statusCode(), nothing.body());
        assertTrue(nothing.body().contains("Chỉ tiêu phải yêu cầu ít nhất một nội dung"), nothing.body());

        HttpResponse<String> unknownGroup = approver.json("PUT", RULES, UnitGroupFixture.ruleJson(999_999_999L, UnitGroupFixture.nextQuarter(), "EACH_UNIT", 1, 0, 0));
        assertEquals(400, unknownGroup.statusCode(), unknownGroup.body());
        assertTrue(unknownGroup.body().contains("Khối đơn vị đã chọn không tồn tại."), unknownGroup.body());
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM quota_rule WHERE group_id = ?", group));
    }

    /**
     * The final flag decides, not the calendar: a rule that would govern a quarter whose results a final run locked is
     * refused (that quarter keeps its rule), and a quarter that has ended without final results still takes one.
     */
    @Test
    void aRuleThatWouldGovernAFinalisedQuarterIsRefusedAndAnEndedQuarterNotYetFinalTakesOne() {
        long group = Long.parseLong(Json.field(UnitGroupFixture.newGroup("Khối thử quý đã chốt"), "id"));
        QuotaFixture.run(2011, 2, true);

        HttpResponse<String> refused = Portal.as(Role.APPROVER).json("PUT", RULES,
                UnitGroupFixture.ruleJson(group, new Quarter(2011, 1), "EACH_UNIT", 1, 1, 0));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("Không thể đặt chỉ tiêu từ quý I/2011: kết quả quý II/2011 đã chốt và giữ nguyên chỉ tiêu đã áp dụng."
                + " Hãy chọn một quý sau các quý đã chốt, hoặc đề nghị Ban biên tập mở lại quý II/2011 trước.",
                Json.field(refused.body(), "message"));
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM quota_rule WHERE group_id = ?", group));

        HttpResponse<String> ended = Portal.as(Role.APPROVER).json("PUT", RULES,
                UnitGroupFixture.ruleJson(group, new Quarter(2011, 3), "EACH_UNIT", 1, 1, 0));
        assertEquals(200, ended.statusCode(), ended.body());
    }

    @Test
    void aSupervisorReadsTheRulesOfTheGroupsTheySuperviseOnlyAndSetsNone() {
        UnitGroupFixture.Supervised mine = UnitGroupFixture.supervisedGroup("Khối của người giám sát");
        assertEquals(200, Portal.as(Role.APPROVER).json("PUT", RULES,
                UnitGroupFixture.ruleJson(mine.groupId(), UnitGroupFixture.nextQuarter(), "EACH_UNIT", 4, 0, 0)).statusCode());

        HttpResponse<String> seen = mine.api().get(RULES);
        assertEquals(200, seen.statusCode(), seen.body());
        assertTrue(seen.body().contains("\"groupCode\":\"" + mine.groupCode() + "\""), seen.body());
        assertFalse(seen.body().contains("\"groupCode\":\"COMMUNES\""), seen.body());
        String demoSupervisor = Portal.as(Role.QUOTA_SUPERVISOR).get(RULES).body();
        assertTrue(demoSupervisor.contains("\"groupCode\":\"DEPARTMENTS\""), demoSupervisor);
        assertFalse(demoSupervisor.contains(mine.groupCode()), demoSupervisor);

        HttpResponse<String> set = mine.api().json("PUT", RULES, UnitGroupFixture.ruleJson(mine.groupId(), UnitGroupFixture.nextQuarter(), "EACH_UNIT", 0, 1, 0));
        assertEquals(403, set.statusCode(), set.body());
    }

    private static String roman(Quarter quarter) {
        return List.of("I", "II", "III", "IV").get(quarter.number() - 1) + "/" + quarter.year();
    }
}
