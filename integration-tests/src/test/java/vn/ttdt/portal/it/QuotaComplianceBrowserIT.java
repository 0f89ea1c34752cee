package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** The quota screen in headless Chromium: the approver runs a quarter by hand, reads the traffic lights, locks and reopens it. */
class QuotaComplianceBrowserIT extends ChromiumTest {

    @Test
    void theApproverRunsAQuarterWithTheProgressBarSeesALaggingUnitInRedLocksAndReopensIt() {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối màn hình " + token, "EACH_UNIT", 0, 1, 0);
        String writing = "Xã đạt chỉ tiêu " + token;
        String lagging = "Xã chậm chỉ tiêu " + token;
        QuotaFixture.item(QuotaFixture.unit(group, writing), "ARTICLE", "PUBLISHED", LocalDateTime.of(2017, 5, 5, 9, 0));
        QuotaFixture.unit(group, lagging);

        browser.driver().manage().deleteAllCookies();
        browser.signIn(Portal.loginOf(Role.APPROVER), DemoAccount.PASSWORD);
        browser.open("/admin/quota/compliance.xhtml");
        browser.choose("run-form:year", "2017");
        browser.awaitAjax();
        browser.choose("run-form:quarter", "II");
        browser.awaitAjax();
        runAndAwait();
        assertTrue(browser.find(By.id("run-form:bar")).getText().contains("100%"), browser.find(By.id("run-form:bar")).getText());
        assertTrue(browser.find(By.id("run-form:progress")).getText().startsWith("Quý II/2017 · lần chạy số "),
                browser.find(By.id("run-form:progress")).getText());

        assertEquals(List.of("Đạt", "ok"), light(writing));
        assertEquals(List.of("Chưa đạt", "off"), light(lagging));
        assertTrue(browser.find(By.id("history-form:history")).getText().contains("2/2017"));
        browser.screenshot("quota-compliance");

        browser.click(By.cssSelector("#run-form\\:final .ui-chkbox-box"));
        runAndAwait();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("results:locked")).isEmpty());
        assertTrue(row(writing).getText().contains("Chính thức"), row(writing).getText());

        browser.click(By.id("results:reopen"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.awaitAjax();
        assertTrue(browser.driver().findElements(By.id("results:locked")).isEmpty(), "reopened");
        assertEquals(List.of("pheduyet.demo"), Database.strings("SELECT e.actor FROM audit_event e JOIN quota_quarter q"
                + " ON e.target_type = 'quota-quarter' AND e.target_id = q.id WHERE e.action = 'QUOTA_QUARTER_REOPENED'"
                + " AND q.year = 2017 AND q.quarter = 2"));
    }

    private static void runAndAwait() {
        browser.click(By.id("run-form:run"));
        browser.awaitAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(d -> d.findElements(By.id("run-form:bar")).stream()
                .anyMatch(bar -> bar.getText().contains("100%")) && d.findElements(By.id("run-form:run")).stream().allMatch(WebElement::isEnabled));
        browser.awaitAjax();
    }

    private static WebElement row(String unit) {
        return browser.driver().findElements(By.cssSelector("#results\\:rows tbody tr")).stream()
                .filter(tr -> tr.getText().contains(unit)).findFirst().orElseThrow(() -> new AssertionError("no row of " + unit));
    }

    private static List<String> light(String unit) {
        WebElement light = row(unit).findElement(By.cssSelector(".quota-light"));
        return List.of(light.getText(), light.getAttribute("class").contains(" ok") ? "ok" : "off");
    }
}
