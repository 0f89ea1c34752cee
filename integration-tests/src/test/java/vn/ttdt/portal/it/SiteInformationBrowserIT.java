package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The editorial board keeps the site's information in the back-office and sees it public: a body added to the
 * organisation chart with its leader (name, position, phone, e-mail typed in the chart's dialog, whose lowest fields
 * stay reachable in a window of ordinary height), the English contact page, and a body removed after confirmation.
 */
@Isolated("changes the site's information, which every page shows")
class SiteInformationBrowserIT extends ChromiumTest {

    @Test
    void theBoardEditsTheOrganisationChartAndTheEnglishContactPageAndSeesThemPublic() {
        String token = ContentFixture.token();
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(Role.APPROVER), DemoAccount.PASSWORD);

        browser().open("/admin/site/organisation.xhtml");
        browser().click(By.id("chart-form:new-body"));
        browser().awaitAjax();
        browser().type(By.id("body-dialog-form:name"), "Phòng Tư pháp " + token);
        browser().type(By.id("body-dialog-form:nameEn"), "Division of Justice " + token);
        browser().choose("body-dialog-form:parent", "Ủy ban nhân dân huyện");
        browser().click(By.id("body-dialog-form:add-leader"));
        browser().awaitAjax();
        browser().type(By.cssSelector("input[id$=':0:leader-name']"), "Ngô Thị Thử " + token);
        browser().type(By.cssSelector("input[id$=':0:leader-title']"), "Trưởng phòng Tư pháp");
        browser().type(By.cssSelector("input[id$=':0:leader-title-en']"), "Head of the Justice Division");
        browser().type(By.cssSelector("input[id$=':0:leader-phone']"), "0251 3878 030");
        browser().type(By.cssSelector("input[id$=':0:leader-email']"), "tuphap." + token + "@cammy.example.gov.vn");
        Object fits = ((JavascriptExecutor) browser().driver()).executeScript("var box = document.getElementById('body-dialog')"
                + ".getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight || [box.top, box.bottom, window.innerHeight];");
        assertEquals(Boolean.TRUE, fits, "the dialog fits the window (top, bottom, window height)");
        browser().screenshot("site-organisation-body-filled");
        browser().click(By.id("body-dialog-form:save"));
        browser().awaitAjax();
        String growl = browser().find(By.cssSelector(".ui-growl-message")).getText();
        assertTrue(growl.contains("Đã lưu cơ quan"), growl);

        browser().open("/gioi-thieu/co-cau-to-chuc");
        WebElement body = browser().find(By.xpath("//section[contains(@class,'org-body')][h2[contains(., 'Phòng Tư pháp " + token + "')]]"));
        String shown = body.getText();
        assertTrue(shown.contains("Ngô Thị Thử " + token) && shown.contains("Trưởng phòng Tư pháp") && shown.contains("0251 3878 030")
                && shown.contains("tuphap." + token + "@cammy.example.gov.vn"), shown);
        browser().screenshot("site-organisation");
        browser().open("/en/organisation");
        String english = browser().find(By.tagName("main")).getText();
        assertTrue(english.contains("Division of Justice " + token) && english.contains("Head of the Justice Division"), english);
        assertEquals("en", browser().find(By.tagName("html")).getAttribute("lang"));
        browser().screenshot("site-en-organisation");

        browser().open("/admin/site/pages.xhtml");
        browser().choose("page-form:kind", "Liên hệ");
        browser().awaitAjax();
        By englishText = By.cssSelector("#page-form\\:bodyEn .ql-editor");
        browser().click(englishText);
        browser().find(englishText).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Office hours " + token + " at the District People's Committee.");
        browser().click(By.id("page-form:save"));
        browser().awaitAjax();
        String saved = browser().find(By.cssSelector(".ui-growl-message")).getText();
        assertTrue(saved.contains("Đã lưu trang"), saved);

        browser().open("/en/contact");
        assertTrue(browser().find(By.tagName("main")).getText().contains("Office hours " + token), "the English contact page");
        assertEquals("en", browser().find(By.tagName("html")).getAttribute("lang"));
        browser().screenshot("site-en-contact");

        browser().open("/admin/site/organisation.xhtml");
        browser().click(By.xpath("//tr[.//span[contains(@class,'body-name') and contains(., '" + token + "')]]//button[contains(@id,'delete-body')]"));
        WebElement confirm = browser().find(By.cssSelector(".ui-confirm-dialog[aria-hidden='false']"));
        assertTrue(confirm.getText().contains("Xóa cơ quan này"), confirm.getText());
        browser().screenshot("site-organisation-delete-confirm");
        browser().click(By.cssSelector(".ui-confirm-dialog[aria-hidden='false'] .ui-confirmdialog-yes"));
        browser().awaitAjax();
        Await.until("the body to leave the chart", () -> browser().textOf(By.id("chart-form:bodies")),
                table -> !table.contains(token), Duration.ofSeconds(10));
        assertEquals(List.of("1"), Database.strings("SELECT COUNT(*) FROM audit_event WHERE action = 'ORGANISATION_BODY_DELETED' AND details = ?",
                "Phòng Tư pháp " + token));
        browser().open("/gioi-thieu/co-cau-to-chuc");
        assertFalse(browser().find(By.tagName("main")).getText().contains(token), "the removed body left the public chart");
        browser().driver().manage().deleteAllCookies();
    }
}
