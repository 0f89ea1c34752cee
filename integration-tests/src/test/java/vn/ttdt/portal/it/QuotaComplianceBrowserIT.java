package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The quota screens in headless Chromium: the approver runs a quarter by hand, reads the traffic lights, locks and
 * reopens it; a supervisor follows their group on the dashboard, drills down and exports; a unit reporter sees their
 * unit's progress on the home page.
 */
class QuotaComplianceBrowserIT extends ChromiumTest {

    @Test
    void theApproverRunsAQuarterWithTheProgressBarSeesALaggingUnitInRedLocksAndReopensIt() {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối màn hình " + token, "EACH_UNIT", 0, 1, 0);
        String writing = "Xã đạt chỉ tiêu " + token;
        String lagging = "Xã chậm chỉ tiêu " + token;
        QuotaFixture.item(QuotaFixture.unit(group, writing), "ARTICLE", "PUBLISHED", LocalDateTime.of(2017, 5, 5, 9, 0));
        QuotaFixture.unit(group, lagging);

        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(Role.APPROVER), DemoAccount.PASSWORD);
        browser().open("/admin/quota/compliance.xhtml");
        browser().choose("run-form:year", "2017");
        browser().awaitAjax();
        browser().choose("run-form:quarter", "II");
        browser().awaitAjax();
        runAndAwait();
        assertTrue(browser().find(By.id("run-form:bar")).getText().contains("100%"), browser().find(By.id("run-form:bar")).getText());
        assertTrue(browser().find(By.id("run-form:progress")).getText().startsWith("Quý II/2017 · lần chạy số "),
                browser().find(By.id("run-form:progress")).getText());

        assertEquals(List.of("Đạt", "ok"), light(writing));
        assertEquals(List.of("Chưa đạt", "off"), light(lagging));
        String history = browser().find(By.id("history-form:history")).getText();
        assertTrue(history.contains("Quý II/2017") && !history.contains("COMPLETED"), history);
        browser().screenshot("quota-compliance");

        browser().click(By.cssSelector("#run-form\\:final .ui-chkbox-box"));
        runAndAwait();
        new WebDriverWait(browser().driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("results:locked")).isEmpty());
        assertTrue(row(writing).getText().contains("Chính thức"), row(writing).getText());

        browser().click(By.id("results:reopen"));
        browser().click(By.cssSelector(".ui-confirmdialog-yes"));
        browser().awaitAjax();
        assertTrue(browser().driver().findElements(By.id("results:locked")).isEmpty(), "reopened");
        assertEquals(List.of("pheduyet.demo"), Database.strings("SELECT e.actor FROM audit_event e JOIN quota_quarter q"
                + " ON e.target_type = 'quota-quarter' AND e.target_id = q.id WHERE e.action = 'QUOTA_QUARTER_REOPENED'"
                + " AND q.year = 2017 AND q.quarter = 2"));
    }

    @Test
    void aSupervisorOpensTheDashboardSeesALaggingCommuneInRedDrillsDownAndExports() throws IOException {
        String token = ContentFixture.token();
        UnitGroupFixture.Supervised group = UnitGroupFixture.supervisedGroup("Khối theo dõi");
        QuotaFixture.rule(group.groupId(), 2000, 1, "EACH_UNIT", 1, 1, 0);
        String writing = "Xã Hòa Bình " + token;
        String lagging = "Xã Chậm Trễ " + token;
        long writer = QuotaFixture.unit(group.groupId(), writing);
        long news = QuotaFixture.item(writer, "NEWS", "PUBLISHED", LocalDateTime.of(2018, 4, 10, 9, 0));
        long article = QuotaFixture.item(writer, "ARTICLE", "PUBLISHED", LocalDateTime.of(2018, 5, 20, 14, 30));
        QuotaFixture.item(writer, "ARTICLE", "PUBLISHED", LocalDateTime.of(2018, 2, 1, 8, 0));
        QuotaFixture.item(QuotaFixture.unit(group.groupId(), lagging), "NEWS", "PUBLISHED", LocalDateTime.of(2018, 6, 1, 8, 0));
        QuotaFixture.run(2018, 1, false);
        QuotaFixture.run(2018, 2, false);

        browser().driver().manage().deleteAllCookies();
        browser().signIn(group.login(), UnitGroupFixture.PASSWORD);
        browser().open("/admin/quota/dashboard.xhtml?nam=2018&quy=2");
        new WebDriverWait(browser().driver(), Duration.ofSeconds(15)).until(d -> browser().textOf(By.id("dashboard-form:rows")).contains(writing));

        List<WebElement> rows = browser().driver().findElements(By.cssSelector("#dashboard-form\\:rows tbody tr"));
        assertEquals(2, rows.size(), "only the supervisor's group: " + browser().find(By.id("dashboard-form:rows")).getText());
        assertEquals(List.of("Đạt", "light-green"), dashboardLight(writing));
        assertEquals(List.of("Không đạt", "light-red"), dashboardLight(lagging));
        assertTrue(browser().find(By.id("dashboard-form:summary")).getText().startsWith("1/2 đơn vị (khối) đạt chỉ tiêu"));
        WebElement trend = dashboardRow(writing).findElement(By.cssSelector("svg.chart"));
        assertTrue(trend.findElement(By.tagName("desc")).getAttribute("textContent").contains("Quý I/2018: đã thực hiện 1/2"),
                trend.getAttribute("outerHTML"));
        for (String chart : List.of("chart-required-achieved", "chart-group-share")) {
            WebElement svg = browser().find(By.id(chart));
            assertEquals("img", svg.getAttribute("role"));
            assertTrue(svg.getAttribute("textContent").contains(writing) || svg.getAttribute("textContent").contains(group.groupName()), chart);
        }
        browser().screenshot("quota-dashboard");

        dashboardRow(writing).findElement(By.cssSelector("a[id$=':drill']")).click();
        browser().awaitAjax();
        // PrimeFaces greys the link out (ui-state-disabled) while its request runs and gives it back just after
        Await.until("the drill-down link given back after its request",
                () -> dashboardRow(writing).findElement(By.cssSelector("a[id$=':drill']")).getAttribute("class"),
                classes -> !classes.contains("ui-state-disabled"), Duration.ofSeconds(10));
        String counted = browser().find(By.id("dashboard-form:counted")).getText();
        assertTrue(counted.contains(QuotaFixture.titleOf(news)) && counted.contains(QuotaFixture.titleOf(article))
                && counted.contains("10/04/2018 09:00") && counted.contains("Bài"), counted);
        browser().screenshot("quota-dashboard-drill-down");
        assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), AccessibilityIT.axeScript()), "the dashboard with its charts");

        for (String export : List.of("export-xlsx", "export-pdf")) {
            String href = browser().find(By.id("dashboard-form:" + export)).getAttribute("href");
            HttpResponse<byte[]> file = group.api().getBytes(href.replaceFirst("^https?://[^/]+", ""));
            assertEquals(200, file.statusCode(), href);
            assertTrue(file.body().length > 500 && (file.body()[0] == 'P' || file.body()[0] == '%'), href);
        }

        browser().pick("dashboard-form:quarter", "I");
        awaitHeading("Kết quả Quý I/2018");
        assertEquals(List.of("Không đạt", "light-red"), dashboardLight(writing), "quarter I: one article, no news");
        assertTrue(browser().find(By.id("dashboard-form:export-xlsx")).getAttribute("href").contains("quarter=1"),
                "the exports follow the quarter chosen");
        browser().screenshot("quota-dashboard-quarter-chosen");
        browser().pick("dashboard-form:year", "2019");
        awaitHeading("Kết quả Quý I/2019");
        assertTrue(browser().textOf(By.id("dashboard-form:rows")).contains("Quý này chưa được tính."),
                browser().textOf(By.id("dashboard-form:rows")));
    }

    /** Waits until the dashboard's table is the one of the quarter named, as the menus choose it (not the address). */
    private static void awaitHeading(String heading) {
        try {
            new WebDriverWait(browser().driver(), Duration.ofSeconds(15)).until(d -> browser().textOf(By.id("table-heading")).equals(heading));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser().screenshot("quota-dashboard-menu-failure");
            throw new AssertionError("the table did not follow the menus: heading '" + browser().textOf(By.id("table-heading"))
                    + "', messages '" + browser().textOf(By.id("dashboard-form:messages")) + "'", e);
        }
    }

    @Test
    void aUnitReporterSeesTheirUnitsProgressThisQuarterOnTheHomePage() throws IOException {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối tiến độ " + token, "EACH_UNIT", 2, 1, 0);
        String unitName = "Xã Tiến Độ " + token;
        long unit = QuotaFixture.unit(group, unitName);
        QuotaFixture.item(unit, "ARTICLE", "PUBLISHED", LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMinutes(30));
        QuotaFixture.Reporter reporter = QuotaFixture.reporterOf(unit);

        browser().driver().manage().deleteAllCookies();
        browser().signIn(reporter.login(), reporter.password());
        browser().open("/admin/index.xhtml");
        String panel = browser().find(By.id("quota-progress")).getText();
        assertTrue(panel.contains(unitName) && panel.contains("Tin đã đăng: 0/2") && panel.contains("Bài đã đăng: 1/1")
                && panel.contains("Còn thiếu: 2 tin."), panel);
        browser().screenshot("quota-progress-panel");
        assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), AccessibilityIT.axeScript()), "the home page with the panel");
    }

    private static WebElement dashboardRow(String unit) {
        return browser().driver().findElements(By.cssSelector("#dashboard-form\\:rows tbody tr")).stream()
                .filter(tr -> tr.getText().contains(unit)).findFirst().orElseThrow(() -> new AssertionError("no row of " + unit));
    }

    private static List<String> dashboardLight(String unit) {
        WebElement light = dashboardRow(unit).findElement(By.cssSelector(".quota-light"));
        String classes = light.getAttribute("class");
        return List.of(light.getText(), classes.replaceFirst("^.*(light-\\w+).*$", "$1"));
    }

    private static void runAndAwait() {
        browser().click(By.id("run-form:run"));
        browser().awaitAjax();
        new WebDriverWait(browser().driver(), Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("run-form:bar")).stream()
                .anyMatch(bar -> bar.getText().contains("100%")) && d.findElements(By.id("run-form:run")).stream().allMatch(WebElement::isEnabled));
        browser().awaitAjax();
    }

    private static WebElement row(String unit) {
        return browser().driver().findElements(By.cssSelector("#results\\:rows tbody tr")).stream()
                .filter(tr -> tr.getText().contains(unit)).findFirst().orElseThrow(() -> new AssertionError("no row of " + unit));
    }

    private static List<String> light(String unit) {
        WebElement light = row(unit).findElement(By.cssSelector(".quota-light"));
        return List.of(light.getText(), light.getAttribute("class").contains(" ok") ? "ok" : "off");
    }
}
