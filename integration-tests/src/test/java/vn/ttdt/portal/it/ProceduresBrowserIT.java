package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The board uploads a month of one-stop results in the back-office and citizens see it in the public chart; a sample
 * dossier added in the procedure dialog is offered on the procedure's page; the public pages as a citizen sees them.
 */
class ProceduresBrowserIT extends ChromiumTest {

    @Test
    void aOneStopCsvUploadedInTheBackOfficeShowsInThePublicChart() {
        String period = "2004-07";
        browser().signIn(Portal.loginOf(Role.EDITOR), DemoAccount.PASSWORD);
        browser().open("/admin/one-stop/import.xhtml");
        browser().type(By.id("one-stop-form:period"), period);
        browser().driver().findElement(By.id("one-stop-form:file")).sendKeys(TestImages.file("mot-cua-" + period + ".csv",
                ProceduresFixture.csv(period, "Xã Sông Ray,80,6,20,50,6,8,1,1", "Xã Thừa Đức,40,0,8,30,1,1,0,0")).toString());
        browser().clickAndAwaitNewPage(By.id("one-stop-form:upload"));
        String done = browser().find(By.id("import-result")).getText();
        assertTrue(done.contains(period) && done.contains("2 đơn vị"), done);
        browser().screenshot("one-stop-import");

        browser().watchContentSecurityPolicy();
        browser().open("/ket-qua-giai-quyet-tthc?ky=" + period);
        String chart = Await.until("the month in the public chart", () -> {
            browser().open("/ket-qua-giai-quyet-tthc?ky=" + period);
            return browser().driver().findElements(By.id("chart-units")).isEmpty() ? "" : browser().find(By.id("chart-units")).getText();
        }, text -> text.contains("UBND xã Sông Ray"), Duration.ofSeconds(20));
        assertTrue(chart.contains("UBND xã Thừa Đức") && chart.contains("92,1 %") && chart.contains("97,4 %"), chart);
        assertEquals(List.of(), browser().contentSecurityPolicyViolations());
        browser().screenshot("one-stop-public-" + period);
    }

    @Test
    void aSampleDossierAddedInTheDialogIsOfferedOnTheProcedurePage() {
        byte[] pdf = Portal.anonymous().bytes(firstSampleOf("1.001193")).body();
        browser().signIn(Portal.loginOf(Role.APPROVER), DemoAccount.PASSWORD);
        browser().open("/admin/procedures/list.xhtml");
        browser().type(By.id("procedures-form:filter-words"), "dang ky ket hon");
        browser().click(By.id("procedures-form:search"));
        browser().awaitAjax();
        Await.until("the search narrows the list", () -> browser().driver().findElements(By.cssSelector(".procedure-name")).stream()
                .map(e -> e.getText()).toList(), names -> names.equals(List.of("Thủ tục đăng ký kết hôn")), Duration.ofSeconds(20));
        browser().screenshot("procedures-list");
        browser().click(By.cssSelector("#procedures-form\\:table button[title='Sửa']"));
        browser().awaitAjax();
        browser().find(By.id("procedure-dialog-form:file-label"));
        browser().type(By.id("procedure-dialog-form:file-label"), "Tờ khai đăng ký kết hôn (mẫu điền sẵn)");
        ((JavascriptExecutor) browser().driver()).executeScript("document.getElementById('procedure-dialog-form:file-label').blur();");
        browser().awaitAjax();
        browser().driver().findElement(By.id("procedure-dialog-form:file-upload_input"))
                .sendKeys(TestImages.file("to-khai-ket-hon.pdf", pdf).toString());
        Await.until("the file is listed", () -> browser().textOf(By.id("file-list")),
                text -> text.contains("Tờ khai đăng ký kết hôn (mẫu điền sẵn)"), Duration.ofSeconds(30));
        browser().screenshot("procedure-dialog");

        String page = Await.until("the file on the public page", () -> Portal.anonymous().get("/thu-tuc-hanh-chinh/1.000894").body(),
                body -> body.contains("Tờ khai đăng ký kết hôn (mẫu điền sẵn)"), Duration.ofSeconds(20));
        assertTrue(page.contains("to-khai-ket-hon.pdf"), page);
    }

    @Test
    void thePublicPagesAsACitizenSeesThem() {
        browser().watchContentSecurityPolicy();
        browser().open("/thu-tuc-hanh-chinh?q=khai%20sinh");
        assertTrue(browser().find(By.id("procedure-results")).getText().contains("Thủ tục đăng ký khai sinh"));
        browser().screenshot("procedures-search");
        browser().open("/thu-tuc-hanh-chinh/1.001193");
        assertTrue(browser().find(By.id("online-link")).getText().contains("liên kết ra trang ngoài"));
        browser().screenshot("procedure-page");
        browser().open("/ket-qua-giai-quyet-tthc?ky=2023-12");
        browser().find(By.id("chart-trend"));
        assertEquals(List.of(), browser().contentSecurityPolicyViolations());
        browser().screenshot("one-stop-public-2023-12");
    }

    private static String firstSampleOf(String code) {
        String page = Portal.anonymous().get("/thu-tuc-hanh-chinh/" + code).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/ho-so-mau/[0-9a-f]{32})\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }
}
