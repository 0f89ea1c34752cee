package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** A unit's posting request in headless Chromium: submitted by its reporter, posted by the board, found by citizens. */
class LegalDocumentsBrowserIT extends ChromiumTest {

    @Test
    void aUnitReporterAsksTheBoardPostsAndCitizensFindTheDocument() {
        LegalDocsFixture.Reporter reporter = LegalDocsFixture.newReporter("Trình duyệt");
        String token = ContentFixture.token();
        String number = "15-" + token + "/KH-UBND";

        browser().driver().manage().deleteAllCookies();
        browser().signIn(reporter.login(), LegalDocsFixture.PASSWORD);
        browser().open("/admin/legaldocs/mine.xhtml");
        browser().type(By.id("request-form:number"), number);
        browser().choose("request-form:type", "Kế hoạch");
        browser().type(By.id("request-form:issuer"), "UBND xã Trình duyệt");
        browser().type(By.id("request-form:issued_input"), "02/11/2026");
        browser().closeWithEscape(By.id("request-form:issued_input"), "request-form:issued_panel");
        browser().typeExactly(By.id("request-form:summary"), "Kế hoạch tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2026");
        browser().click(By.id("request-form:submit"));
        browser().awaitAjax();
        assertTrue(browser().find(By.cssSelector(".ui-growl-message")).getText().contains("Đã gửi đề nghị đăng tải."));
        assertTrue(browser().find(By.id("request-form:table")).getText().contains(number));
        browser().screenshot("legal-request-submitted");

        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(Role.APPROVER), DemoAccount.PASSWORD);
        browser().open("/admin/legaldocs/requests.xhtml");
        browser().click(By.xpath("//tr[.//span[contains(@class,'request-number') and text()='" + number + "']]//button[contains(@id,':post')]"));
        browser().awaitAjax();
        assertEquals(number, browser().find(By.id("document-form:number")).getAttribute("value"));
        browser().choose("document-form:level", "Xã");
        browser().type(By.id("document-form:signer"), "Trần Văn Hải");
        assertEquals("Đăng văn bản", browser().find(By.id("document-form-title")).getText());
        browser().screenshot("legal-request-posting");
        ((JavascriptExecutor) browser().driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser().find(By.id("document-form:save")));
        browser().click(By.id("document-form:save"));
        browser().awaitAjax();
        assertTrue(browser().find(By.cssSelector(".ui-growl-message")).getText().contains("Đã đăng văn bản theo đề nghị."));

        browser().driver().manage().deleteAllCookies();
        browser().open("/van-ban?q=" + token);
        assertTrue(browser().find(By.id("legal-summary")).getText().contains("Tìm thấy 1 văn bản."));
        browser().screenshot("van-ban-search");
        browser().clickAndAwaitNewPage(By.linkText(number));
        assertEquals("Kế hoạch " + number, browser().find(By.id("document-title")).getText());
        assertEquals("Còn hiệu lực", browser().find(By.id("document-status")).getText());
        browser().screenshot("van-ban-document");
    }

    @Test
    void theDatabaseAndADocumentPageAsACitizenSeesThem() {
        browser().driver().manage().deleteAllCookies();
        browser().open("/van-ban");
        assertTrue(browser().find(By.id("legal-results")).getText().contains("42/2022/NĐ-CP"));
        browser().screenshot("van-ban");
        browser().open("/van-ban/nghi-dinh-43-2011-nd-cp");
        assertEquals("Bị thay thế", browser().find(By.id("document-status")).getText());
        assertTrue(browser().find(By.id("replaced-by")).getText().contains("42/2022/NĐ-CP"));
        browser().screenshot("van-ban-replaced-document");
    }
}
