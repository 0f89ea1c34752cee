package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.Quarter;

/** The screens Chỉ tiêu tin, bài and Khối đơn vị in headless Chromium. */
class QuotaScreensBrowserIT extends ChromiumTest {

    @Test
    void theApproverSetsAGroupsRuleFromTheNextQuarterAfterConfirmingAndIsToldInVietnameseWhatIsWrong() {
        String group = UnitGroupFixture.newGroup("Khối thử màn hình");
        String name = Json.field(group, "name");
        Quarter next = UnitGroupFixture.nextQuarter();
        as(Role.APPROVER);
        browser().open("/admin/quota/rules.xhtml");
        String defaults = browser().find(By.id("rules-form:rules")).getText();
        assertTrue(defaults.contains("UBND các xã, thị trấn") || defaults.contains("Quý I/2000"), defaults);

        browser().choose("rules-form:group", name);
        browser().choose("rules-form:quarter", List.of("Quý I", "Quý II", "Quý III", "Quý IV").get(next.number() - 1));
        number("rules-form:year", Integer.toString(next.year()));
        browser().choose("rules-form:scope", "Cả khối cộng chung");
        number("rules-form:news", "0");
        number("rules-form:articles", "0");
        number("rules-form:posted", "0");
        browser().click(By.id("rules-form:save"));
        browser().click(By.id("rules-form:confirm-yes"));
        browser().awaitAjax();
        String messages = browser().find(By.id("rules-form:messages")).getText();
        assertTrue(messages.contains("Chỉ tiêu phải yêu cầu ít nhất một nội dung"), messages);
        browser().screenshot("quota-rules-refused");

        number("rules-form:articles", "3");
        browser().click(By.id("rules-form:save"));
        browser().click(By.id("rules-form:confirm-yes"));
        browser().awaitAjax();
        assertTrue(browser().find(By.cssSelector(".ui-growl-message")).getText().contains("Đã lưu chỉ tiêu."));
        String table = browser().find(By.id("rules-form:rules")).getText();
        assertTrue(table.contains(name) && table.contains("Quý " + List.of("I", "II", "III", "IV").get(next.number() - 1) + "/" + next.year()), table);
        browser().screenshot("quota-rules");
        assertEquals(List.of(next.year() + "-" + next.number() + " GROUP_TOGETHER 0/3/0 pheduyet.demo"), Database.strings(
                "SELECT CONCAT(from_year, '-', from_quarter, ' ', scope, ' ', minimum_news, '/', minimum_articles, '/', minimum_posted_percent,"
                        + " ' ', recorded_by) FROM quota_rule WHERE group_id = ?", Long.parseLong(Json.field(group, "id"))));
    }

    @Test
    void theDemoSupervisorSeesTheGroupTheySuperviseAndNoOther() {
        as(Role.QUOTA_SUPERVISOR);
        browser().open("/admin/quota/groups.xhtml");

        browser().find(By.id("groups-form:groups"));
        assertEquals(List.of("DEPARTMENTS"), textsOnScreen(".unit-group-code"));
        assertTrue(browser().find(By.id("groups-form:groups")).getText().contains("Hoàng Thị Hà"));
        assertTrue(browser().driver().findElements(By.id("groups-form:new-group")).isEmpty());
        browser().screenshot("quota-groups-supervisor");
        browser().open("/admin/quota/rules.xhtml");
        browser().find(By.id("rules-form:rules"));
        List<String> groups = Await.until("the groups of the rules table on " + browser().driver().getCurrentUrl() + " ("
                + browser().driver().getTitle() + ")", () -> textsOnScreen(".quota-rule-group").stream().distinct().toList(),
                listed -> !listed.isEmpty(), Duration.ofSeconds(10));
        assertEquals(1, groups.size(), groups.toString());
        assertFalse(browser().driver().getPageSource().contains("rules-form:save"));
    }

    @Test
    void theItAdministratorPutsASupervisorInChargeOfAGroupAndEndsItAfterConfirming() {
        String group = UnitGroupFixture.newGroup("Khối thử phân công màn hình");
        String code = Json.field(group, "code");
        String supervisor = UnitGroupFixture.newSupervisor("Phan Văn Giám " + code);
        as(Role.IT_ADMIN);
        browser().open("/admin/quota/groups.xhtml");
        int row = Await.until(code + "'s row on the screen", () -> textsOnScreen(".unit-group-code").indexOf(code), index -> index >= 0,
                Duration.ofSeconds(10));

        browser().click(By.cssSelector("#groups-form\\:groups tbody tr:nth-child(" + (row + 1) + ") button:has(.pi-user-plus)"));
        browser().awaitAjax();
        browser().choose("supervision-dialog-form:account", "Phan Văn Giám " + code + " (" + Json.field(supervisor, "login") + ")");
        browser().click(By.id("supervision-dialog-form:save-assignment"));
        browser().awaitAjax();
        assertTrue(browser().find(By.cssSelector(".ui-growl-message")).getText().contains("Đã phân công người phụ trách khối."));
        String table = browser().find(By.id("groups-form:groups")).getText();
        assertTrue(table.contains("Phan Văn Giám " + code) && table.contains("Đang phụ trách"), table);
        browser().screenshot("quota-groups-assigned");

        browser().click(By.cssSelector("#groups-form\\:groups tbody tr:nth-child(" + (row + 1) + ") button:has(.pi-stop)"));
        browser().click(By.id("groups-form:confirm-yes"));
        browser().awaitAjax();
        assertEquals(List.of("1"), Database.strings("SELECT COUNT(*) FROM unit_group_supervisor s JOIN unit_group g ON g.id = s.group_id"
                + " WHERE g.code = ? AND s.valid_to IS NOT NULL", code));
    }

    /**
     * The texts of the elements the selector finds, in their order, read in one script: a table's list was read twice
     * without a row the page's text, read a moment later, had (the group codes in one fresh-clone run, the supervisor's
     * rules in another; docs/tests.md); read until the row shows, bounded.
     */
    @SuppressWarnings("unchecked")
    private static List<String> textsOnScreen(String selector) {
        return (List<String>) ((JavascriptExecutor) browser().driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent.trim());", selector);
    }

    private static void number(String id, String value) {
        By field = By.id(id + "_input");
        browser().click(field);
        browser().find(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser().find(field).sendKeys(value, Keys.TAB);
    }

    private static void as(Role role) {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(role), DemoAccount.PASSWORD);
    }
}
