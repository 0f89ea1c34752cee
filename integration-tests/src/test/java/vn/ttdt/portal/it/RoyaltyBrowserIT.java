package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.it.RoyaltyFixture.Work;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** The royalty month in headless Chromium: the approver grades, finance runs the payroll with its progress bar and approves. */
class RoyaltyBrowserIT extends ChromiumTest {

    private static final String MONTH = "2020-03";

    @Test
    void theApproverGradesFinanceRunsWatchesTheProgressApprovesAndExports() {
        String token = Long.toString(System.nanoTime(), 36);
        String author = "Trần Thị Nhuận " + token;
        List<Long> ids = RoyaltyFixture.importPublished(Portal.as(Role.APPROVER), token,
                new Work("Lễ hội trái cây Cẩm Mỹ " + token, "NEWS_OR_REPLY", "2020-03-10T08:00:00+07:00", author + ":100"),
                new Work("Ký sự mùa khô ở Sông Ray " + token, "REPORTAGE_MEMOIR_INTERVIEW", "2020-03-20T08:00:00+07:00", author + ":100"),
                new Work("Hai tác giả viết về Xuân Quế " + token, "NEWS_OR_REPLY", "2020-03-25T08:00:00+07:00",
                        "Lê Văn Một " + token + ":50", "Phan Thị Hai " + token + ":50"));

        as(Role.APPROVER);
        browser().open("/admin/royalty/grading.xhtml");
        browser().type(By.id("grading-form:month"), MONTH);
        browser().click(By.id("grading-form:show"));
        browser().awaitAjax();
        List<String> titles = browser().driver().findElements(By.cssSelector(".grading-title")).stream().map(e -> e.getText()).toList();
        int news = titles.indexOf("Lễ hội trái cây Cẩm Mỹ " + token);
        int memoir = titles.indexOf("Ký sự mùa khô ở Sông Ray " + token);
        int shared = titles.indexOf("Hai tác giả viết về Xuân Quế " + token);
        assertTrue(news >= 0 && memoir >= 0 && shared >= 0, titles.toString());
        coefficient(news, "12");
        browser().click(By.id("grading-form:save-all"));
        browser().awaitAjax();
        assertTrue(browser().find(By.id("grading-form:messages")).getText().contains("Hệ số 12 nằm ngoài khung 1–10"),
                browser().find(By.id("grading-form:messages")).getText());
        coefficient(news, "8");
        coefficient(memoir, "15,5");
        coefficient(shared, "4");
        By shares = By.id("grading-form:works:" + shared + ":shares");
        browser().type(shares, "60; 30");
        browser().click(By.id("grading-form:save-all"));
        browser().awaitAjax();
        assertTrue(browser().find(By.id("grading-form:messages")).getText().contains("Tổng tỷ lệ của các tác giả phải đúng bằng 100%"),
                browser().find(By.id("grading-form:messages")).getText());
        browser().type(shares, "60; 40");
        browser().screenshot("royalty-grading");
        browser().click(By.id("grading-form:save-all"));
        browser().awaitAjax();
        assertTrue(browser().find(By.id("grading-form:messages")).getText().contains("Đã lưu hệ số nhuận bút"));
        assertEquals(List.of("4.00", "8.00", "15.50"), Database.strings(
                "SELECT coefficient FROM royalty_grading WHERE item_id IN (?, ?, ?) ORDER BY coefficient", ids.get(0), ids.get(1), ids.get(2)));
        assertEquals(List.of("60.00", "40.00"), Database.strings(
                "SELECT share_percent FROM content_author WHERE item_id = ? ORDER BY position", ids.get(2)));

        as(Role.FINANCE);
        browser().open("/admin/royalty/settings.xhtml");
        String values = browser().find(By.id("settings-form:tabs:values")).getText();
        assertTrue(values.contains("Mức lương cơ sở") && values.contains("2.530.000") && values.contains("01/07/2026"), values);
        browser().screenshot("royalty-settings");
        browser().open("/admin/royalty/payrolls.xhtml");
        browser().type(By.id("run-form:month"), MONTH);
        browser().click(By.id("run-form:run"));
        new WebDriverWait(browser().driver(), Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("run-form:open-run")).isEmpty());
        assertTrue(browser().find(By.id("run-form:bar")).getText().contains("100%"), browser().find(By.id("run-form:bar")).getText());
        browser().screenshot("royalty-payroll-progress");
        browser().clickAndAwaitNewPage(By.id("run-form:open-run"));

        // 8 × 149,000 = 1,192,000 and 15.5 × 149,000 = 2,309,500: gross 3,501,500, tax 350,150, net 3,151,350
        assertEquals(List.of("3501500/350150/3151350"), RoyaltyFixture.payeeTotals(MONTH, author));
        // 4 × 149,000 = 596,000: 40% = 238,400 to the second author, the first 596,000 − 238,400 = 357,600
        assertEquals(List.of("357600", "238400"), RoyaltyFixture.lineAmounts(MONTH, ids.get(2)));
        String payees = browser().find(By.id("payroll-form:payees")).getText();
        assertTrue(payees.contains(author) && payees.contains("3.151.350"), payees);
        browser().screenshot("royalty-payroll-draft");
        browser().click(By.id("payroll-form:approve"));
        browser().click(By.cssSelector(".ui-confirmdialog-yes"));
        browser().awaitAjax();
        assertEquals("Đã duyệt", browser().find(By.id("payroll-status")).getText());
        browser().screenshot("royalty-payroll-approved");

        Portal session = Portal.anonymous();
        session.useSession(browser().driver().manage().getCookieNamed("JSESSIONID").getValue());
        for (String export : List.of("export-pdf", "export-xlsx", "export-csv")) {
            String href = browser().find(By.id(export)).getAttribute("href");
            var response = session.get(href.substring(href.indexOf("/admin/")));
            assertEquals(200, response.statusCode(), export + ": " + response.body());
        }
    }

    private static void coefficient(int row, String value) {
        By field = By.id("grading-form:works:" + row + ":coefficient_input");
        browser().click(field);
        browser().find(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser().find(field).sendKeys(value, Keys.TAB);
    }

    private static void as(Role role) {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(role), DemoAccount.PASSWORD);
    }
}
