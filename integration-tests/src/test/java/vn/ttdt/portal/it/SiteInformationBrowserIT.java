package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** The editorial board edits the organisation chart and the English contact page in the back-office and sees them public. */
class SiteInformationBrowserIT extends ChromiumTest {

    @Test
    void theBoardEditsTheOrganisationChartAndTheEnglishContactPageAndSeesThemPublic() {
        String token = ContentFixture.token();
        browser.driver().manage().deleteAllCookies();
        browser.signIn(Portal.loginOf(Role.APPROVER), DemoAccount.PASSWORD);

        browser.open("/admin/site/organisation.xhtml");
        browser.click(By.id("chart-form:new-body"));
        browser.awaitAjax();
        browser.type(By.id("body-dialog-form:name"), "Phòng Tư pháp " + token);
        browser.type(By.id("body-dialog-form:nameEn"), "Division of Justice " + token);
        browser.choose("body-dialog-form:parent", "Ủy ban nhân dân huyện");
        browser.click(By.id("body-dialog-form:add-leader"));
        browser.awaitAjax();
        typeInDialog(By.cssSelector("input[id$=':0:leader-name']"), "Ngô Thị Thử " + token);
        typeInDialog(By.cssSelector("input[id$=':0:leader-title']"), "Trưởng phòng Tư pháp");
        typeInDialog(By.cssSelector("input[id$=':0:leader-title-en']"), "Head of the Justice Division");
        typeInDialog(By.cssSelector("input[id$=':0:leader-phone']"), "0251 3878 030");
        typeInDialog(By.cssSelector("input[id$=':0:leader-email']"), "tuphap@cammy.example.gov.vn");
        browser.screenshot("site-organisation-body-filled");
        scrollTo(By.id("body-dialog-form:save"));
        browser.click(By.id("body-dialog-form:save"));
        browser.awaitAjax();
        String growl = browser.find(By.cssSelector(".ui-growl-message")).getText();
        assertTrue(growl.contains("Đã lưu cơ quan"), growl);

        browser.open("/gioi-thieu/co-cau-to-chuc");
        String chart = browser.driver().getPageSource();
        assertTrue(chart.contains("Phòng Tư pháp " + token) && chart.contains("Ngô Thị Thử " + token), "the Vietnamese chart");
        browser.open("/en/organisation");
        String english = browser.driver().getPageSource();
        assertTrue(english.contains("Division of Justice " + token) && english.contains("Head of the Justice Division"), "the English chart");
        browser.screenshot("site-en-organisation");

        browser.open("/admin/site/pages.xhtml");
        browser.choose("page-form:kind", "Liên hệ");
        browser.awaitAjax();
        scrollTo(By.cssSelector("#page-form\\:bodyEn .ql-editor"));
        browser.click(By.cssSelector("#page-form\\:bodyEn .ql-editor"));
        browser.find(By.cssSelector("#page-form\\:bodyEn .ql-editor")).sendKeys(" Office hours " + token + ".");
        browser.click(By.id("page-form:save"));
        browser.awaitAjax();
        String saved = browser.find(By.cssSelector(".ui-growl-message")).getText();
        assertTrue(saved.contains("Đã lưu trang"), saved);

        browser.open("/en/contact");
        assertTrue(browser.driver().getPageSource().contains("Office hours " + token), "the English contact page");
        assertTrue(browser.find(By.tagName("html")).getAttribute("lang").equals("en"));
        browser.screenshot("site-en-contact");
    }

    /** A field low in a tall dialog, brought into the dialog's view first. */
    private static void typeInDialog(By field, String text) {
        scrollTo(field);
        browser.type(field, text);
    }

    private static void scrollTo(By element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.driver().findElement(element));
    }
}
