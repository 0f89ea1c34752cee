package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** A clerk's view of the back-office in headless Chromium. */
class BackOfficeBrowserIT extends ChromiumTest {

    private static final Map<Role, List<String>> MENUS = new EnumMap<>(Map.of(
            Role.CONTRIBUTOR, List.of("menu-dashboard", "menu-inbox", "menu-new-item", "menu-profile"),
            Role.UNIT_REPORTER, List.of("menu-dashboard", "menu-inbox", "menu-new-item", "menu-profile", "menu-my-requests",
                    "menu-one-stop-results", "menu-one-stop-import", "menu-my-questions", "menu-question-statistics"),
            Role.EDITOR, List.of("menu-dashboard", "menu-inbox", "menu-new-item", "menu-profile", "menu-holidays",
                    "menu-legal-docs", "menu-posting-inbox", "menu-legal-terms", "menu-procedures", "menu-one-stop-results",
                    "menu-one-stop-import", "menu-question-inbox", "menu-overdue-questions", "menu-question-statistics",
                    "menu-ratings", "menu-visit-statistics", "menu-site-pages", "menu-org-chart", "menu-tourist-sites",
                    "menu-portal-links", "menu-contributors", "menu-training"),
            Role.APPROVER, List.of("menu-dashboard", "menu-inbox", "menu-new-item", "menu-profile", "menu-units",
                    "menu-holidays", "menu-unit-groups", "menu-quota-rules", "menu-categories", "menu-grading", "menu-payrolls",
                    "menu-royalty-settings", "menu-legal-docs", "menu-posting-inbox", "menu-legal-terms", "menu-import",
                    "menu-legal-import", "menu-procedures", "menu-one-stop-results", "menu-one-stop-import",
                    "menu-question-inbox", "menu-overdue-questions", "menu-question-statistics", "menu-quota-compliance",
                    "menu-quota-dashboard", "menu-ad-contracts", "menu-advertisers", "menu-ad-revenue", "menu-yearly-report",
                    "menu-ratings", "menu-visit-statistics", "menu-site-pages", "menu-org-chart", "menu-tourist-sites",
                    "menu-portal-links", "menu-theme",
                    "menu-contributors", "menu-training"),
            Role.QUOTA_SUPERVISOR, List.of("menu-dashboard", "menu-profile", "menu-units", "menu-unit-groups",
                    "menu-quota-rules", "menu-quota-compliance", "menu-quota-dashboard"),
            Role.FINANCE, List.of("menu-dashboard", "menu-profile", "menu-grading", "menu-payrolls", "menu-royalty-settings",
                    "menu-ad-revenue", "menu-contributors"),
            Role.IT_ADMIN, List.of("menu-dashboard", "menu-profile", "menu-units", "menu-holidays", "menu-unit-groups",
                    "menu-quota-rules", "menu-accounts", "menu-categories", "menu-import", "menu-legal-import",
                    "menu-quota-compliance", "menu-yearly-report", "menu-visit-statistics", "menu-portal-links", "menu-theme",
                    "menu-outage-notices", "menu-contributors",
                    "menu-audit")));

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachDemoRoleSignsInAndSeesItsOwnMenu(Role role) {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(role), DemoAccount.PASSWORD);
        assertEquals(Portal.loginOf(role), browser().find(By.id("signed-in-user")).getText());
        List<String> menu = browser().driver().findElements(By.cssSelector("#menu a")).stream()
                .map(a -> a.getAttribute("id")).toList();
        assertEquals(MENUS.get(role), menu);
        browser().screenshot("dashboard-" + role.roleName());
        browser().clickAndAwaitNewPage(By.id("logout"));
        assertTrue(browser().find(By.id("logged-out")).getText().contains("Bạn đã đăng xuất."));
    }

    @Test
    void aWrongPasswordShowsAVietnameseError() {
        browser().driver().manage().deleteAllCookies();
        browser().submitSignIn(Portal.loginOf(Role.EDITOR), "mat-khau-sai-roi");
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", browser().find(By.id("login-error")).getText());
        browser().screenshot("login-wrong-password");
    }

    @Test
    void aUnitCreatedThroughTheScreenIsInTheDatabase() {
        openNewUnitDialogAsItAdministrator();
        String name = "Đội Kiểm tra quy tắc đô thị " + Long.toString(System.nanoTime(), 36);
        browser().type(By.id("unit-dialog-form:name"), name);
        browser().type(By.id("unit-dialog-form:shortName"), "ĐKT-" + Long.toString(System.nanoTime(), 36));
        browser().choose("unit-dialog-form:group", "Các phòng chuyên môn thuộc UBND huyện");
        browser().type(By.id("unit-dialog-form:email"), "kiemtra@cammy.example.vn");
        browser().screenshot("unit-form-filled");
        browser().click(By.id("unit-dialog-form:save"));
        browser().awaitAjax();
        WebElement growl = browser().find(By.cssSelector(".ui-growl-message"));
        assertTrue(growl.getText().contains("Đã thêm đơn vị."), growl.getText());
        browser().screenshot("units-after-create");

        assertEquals(List.of("kiemtra@cammy.example.vn"), Database.strings("SELECT email FROM unit WHERE name = ?", name));
    }

    @Test
    void aUnitFormWithMistakesKeepsWhatWasTypedAndExplainsInVietnamese() {
        openNewUnitDialogAsItAdministrator();
        browser().type(By.id("unit-dialog-form:shortName"), "GIU-LAI");
        browser().type(By.id("unit-dialog-form:email"), "khong-hop-le");
        browser().click(By.id("unit-dialog-form:save"));
        browser().awaitAjax();
        String messages = browser().find(By.id("unit-dialog-form:dialog-messages")).getText();
        assertTrue(messages.contains("Vui lòng nhập tên đơn vị."), messages);
        assertTrue(messages.contains("Địa chỉ thư điện tử không hợp lệ."), messages);
        assertEquals("GIU-LAI", browser().find(By.id("unit-dialog-form:shortName")).getAttribute("value"));
        browser().screenshot("unit-form-errors");
    }

    /** Every screen and dialog of every role is checked for CSP violations by {@link BackOfficeAccessibilityIT}; here a dialog closed again. */
    @Test
    void theSignInPageAndADialogOpenedAndClosedByScriptRunUnderTheNoncePolicyWithoutAnyViolation() {
        browser().watchContentSecurityPolicy();
        browser().driver().manage().deleteAllCookies();
        browser().open("/admin/login.xhtml");
        assertEquals(List.of(), browser().contentSecurityPolicyViolations(), "/admin/login.xhtml");

        openNewUnitDialogAsItAdministrator();
        WebElement dialog = browser().find(By.id("unit-dialog"));
        browser().click(By.cssSelector("#unit-dialog-form button.ui-button-flat"));
        browser().awaitAjax();
        Await.until("the unit dialog to close", dialog::isDisplayed, shown -> !shown, Duration.ofSeconds(10));
        assertEquals(List.of(), browser().contentSecurityPolicyViolations(), "the unit dialog opened by oncomplete, closed by onclick");
    }

    private static void openNewUnitDialogAsItAdministrator() {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(Role.IT_ADMIN), DemoAccount.PASSWORD);
        browser().open("/admin/org/units.xhtml");
        browser().click(By.id("units-form:new-unit"));
        browser().awaitAjax();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedUntilTheLockExpires() {
        String login = "khoa.trinh-duyet";
        Portal.as(Role.IT_ADMIN).json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"Người thử khóa","email":"khoa@cammy.example.vn","roles":["EDITOR"]},
                 "password":"%s"}""".formatted(login, DemoAccount.PASSWORD));
        browser().driver().manage().deleteAllCookies();
        for (int i = 0; i < 5; i++) {
            browser().submitSignIn(login, "sai-mat-khau-" + i);
            assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", browser().find(By.id("login-error")).getText());
        }
        browser().submitSignIn(login, DemoAccount.PASSWORD);
        assertTrue(browser().find(By.id("login-error")).getText().startsWith("Tài khoản tạm thời bị khóa"));
        browser().screenshot("login-locked");

        Database.update("UPDATE account SET locked_until = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE login = ?", login);
        browser().signIn(login, DemoAccount.PASSWORD);
        assertEquals(login, browser().find(By.id("signed-in-user")).getText());
    }
}
