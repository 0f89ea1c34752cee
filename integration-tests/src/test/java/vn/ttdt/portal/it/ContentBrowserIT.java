package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** The editorial board at work in headless Chromium: write, submit, edit, approve, publish, return. */
class ContentBrowserIT extends ChromiumTest {

    @Test
    void aContributorSubmitsAnEditorEditsAnApproverPublishesAndCitizensReadIt() {
        String title = "Khánh thành nhà văn hóa ấp " + ContentFixture.token();
        String itemUrl = writeAndSubmit(title);

        as(Role.EDITOR);
        browser().open("/admin/content/inbox.xhtml");
        assertTrue(browser().find(By.id("inbox-form:waiting")).getText().contains(title));
        browser().open(itemUrl);
        step("TAKE_FOR_EDITING", "Đang biên tập");
        browser().type(By.id("item-form:title"), title + " – đã biên tập");
        browser().click(By.id("item-form:save"));
        browser().awaitAjax();
        step("SEND_FOR_APPROVAL", "Chờ duyệt");

        as(Role.APPROVER);
        browser().open(itemUrl);
        step("PUBLISH", "Đã đăng");
        browser().screenshot("content-published");

        browser().open("/");
        assertTrue(browser().find(By.id("latest")).getText().contains(title + " – đã biên tập"));
        browser().screenshot("public-home-with-item");
        assertTrue(Portal.anonymous().get("/rss/cai-cach-hanh-chinh").body().contains(title + " – đã biên tập"));
    }

    @Test
    void aReturnedItemShowsTheEditorsCommentToItsAuthor() {
        String title = "Tin cần bổ sung " + ContentFixture.token();
        String itemUrl = writeAndSubmit(title);

        as(Role.EDITOR);
        browser().open(itemUrl);
        browser().type(By.id("item-form:comment"), "Cần bổ sung số liệu và ảnh");
        step("RETURN", "Trả lại");

        as(Role.CONTRIBUTOR);
        browser().open("/admin/content/inbox.xhtml");
        String waiting = browser().find(By.id("inbox-form:waiting")).getText();
        assertTrue(waiting.contains(title) && waiting.contains("Cần bổ sung số liệu và ảnh"), waiting);
        browser().open(itemUrl);
        assertTrue(browser().find(By.id("last-comment")).getText().contains("Cần bổ sung số liệu và ảnh"));
        browser().screenshot("content-returned");
    }

    private static String writeAndSubmit(String title) {
        as(Role.CONTRIBUTOR);
        browser().open("/admin/content/item.xhtml");
        browser().type(By.id("item-form:title"), title);
        browser().type(By.id("item-form:lead"), "Sapo: " + title);
        browser().choose("item-form:category", "Cải cách hành chính");
        browser().click(By.cssSelector("#item-form\\:body .ql-editor"));
        browser().find(By.cssSelector("#item-form\\:body .ql-editor")).sendKeys("Người dân ấp Suối Râm vui mừng đón nhà văn hóa mới.");
        browser().screenshot("content-editor");
        browser().clickAndAwaitNewPage(By.id("item-form:save"));
        assertEquals("Bản nháp", browser().find(By.id("item-state")).getText());
        String url = browser().driver().getCurrentUrl();
        step("SUBMIT", "Đã gửi");
        return url.substring(url.indexOf("/admin/"));
    }

    private static void step(String action, String expectedState) {
        browser().click(By.cssSelector("button.step-" + action));
        browser().awaitAjax();
        assertEquals(expectedState, browser().find(By.id("item-state")).getText());
    }

    private static void as(Role role) {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(role), DemoAccount.PASSWORD);
    }
}
