package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** The editorial screens in headless Chromium: the category tree, keywords and related items in the item editor. */
class EditorialScreensIT extends ChromiumTest {

    @Test
    void anApproverAddsACategoryInTheDialogAndHidesItAfterConfirming() {
        as(Role.APPROVER);
        browser().open("/admin/categories/tree.xhtml");
        assertTrue(browser().find(By.id("categories-form:tree")).getText().contains("Cải cách hành chính"));
        browser().screenshot("categories-tree");

        String name = "Chuyên mục thử " + ContentFixture.token();
        browser().click(By.id("categories-form:new-category"));
        browser().awaitAjax();
        browser().type(By.id("category-dialog-form:name"), name);
        browser().type(By.id("category-dialog-form:slug"), "Sai Đường Dẫn");
        browser().click(By.id("category-dialog-form:save"));
        browser().awaitAjax();
        assertTrue(browser().find(By.id("category-dialog-form:dialog-messages")).getText().contains("chỉ gồm chữ thường không dấu"));
        browser().screenshot("categories-dialog-invalid-slug");
        browser().find(By.id("category-dialog-form:slug")).clear();
        browser().click(By.id("category-dialog-form:save"));
        browser().awaitAjax();
        By row = By.xpath("//tr[.//span[contains(@class,'category-name') and text()='" + name + "']]");
        assertTrue(browser().find(row).getText().contains("/chuyen-muc/chuyen-muc-thu-"));

        browser().click(By.xpath("//tr[.//span[text()='" + name + "']]//button[contains(@id,':hide')]"));
        browser().find(By.cssSelector(".ui-confirm-dialog"));
        browser().screenshot("categories-hide-confirm");
        browser().click(By.id("categories-form:confirm-yes"));
        browser().awaitAjax();
        assertEquals("Đang ẩn", browser().find(By.xpath("//tr[.//span[text()='" + name + "']]//span[contains(@class,'bo-badge')]")).getText());
        browser().screenshot("categories-hidden");
    }

    @Test
    void aWriterTagsAnItemAndChoosesARelatedItemByItsTitle() {
        as(Role.CONTRIBUTOR);
        browser().open("/admin/content/item.xhtml");
        String title = "Tin có từ khóa trên màn hình " + ContentFixture.token();
        browser().type(By.id("item-form:title"), title);
        browser().type(By.id("item-form:lead"), "Sapo: " + title);
        browser().choose("item-form:category", "Cải cách hành chính");
        browser().click(By.cssSelector("#item-form\\:body .ql-editor"));
        browser().find(By.cssSelector("#item-form\\:body .ql-editor")).sendKeys("Nội dung có từ khóa.");
        browser().find(By.id("item-form:tags_input")).sendKeys("  #Một   cửa", Keys.ENTER);
        browser().find(By.id("item-form:tags_input")).sendKeys("dịch vụ công", Keys.ENTER);
        browser().find(By.id("item-form:related_input")).sendKeys("xuan duong");
        assertTrue(browser().clickInOverlay(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'Xã Xuân Đường đẩy mạnh cải cách hành chính')]"),
                "item-form:related_panel"), "the related item among the suggestions");
        browser().screenshot("item-editor-tags-related");
        browser().clickAndAwaitNewPage(By.id("item-form:save"));

        assertEquals("Bản nháp", browser().find(By.id("item-state")).getText());
        String tags = browser().find(By.id("item-form:tags")).getText();
        assertTrue(tags.contains("Một cửa") && tags.contains("dịch vụ công"), tags);
        assertTrue(browser().find(By.id("item-form:related")).getText().contains("Xã Xuân Đường đẩy mạnh cải cách hành chính năm 2023"));
        browser().screenshot("item-editor-saved-tags-related");

        browser().type(By.id("item-form:title"), title + " đã sửa");
        browser().click(By.id("item-form:save"));
        browser().awaitAjax();
        assertEquals("đã sửa", browser().find(By.cssSelector("#diff-title-after ins")).getText().strip());
        assertEquals(title, browser().find(By.id("diff-title-before")).getText().strip());
        ((JavascriptExecutor) browser().driver()).executeScript("document.getElementById('revision-diff').scrollIntoView()");
        browser().screenshot("item-editor-revision-diff");
    }

    @Test
    void unsavedTypingIsAutosavedByTheTimerAndOfferedBackWhenTheItemIsOpenedAgain() {
        as(Role.CONTRIBUTOR);
        String title = "Tin tự lưu " + ContentFixture.token();
        String id = Json.field(ContentFixture.created(Portal.as(Role.CONTRIBUTOR), title, "<p>Bản đầu</p>"), "id");
        try (Browser.Restore everySecond = browser().timersOf(Duration.ofSeconds(30), Duration.ofSeconds(1))) {
            browser().open("/admin/content/item.xhtml?id=" + id);
            browser().type(By.id("item-form:title"), title + " – chưa lưu");
            // read in one script: each autosave replaces the element, so a found element may be gone when its text is asked
            Await.until("the autosave timer", () -> (String) ((JavascriptExecutor) browser().driver()).executeScript(
                            "var e = document.getElementById('item-form:autosave-status'); return e ? e.textContent.trim() : '';"),
                    text -> text.startsWith("Đã tự lưu bản nháp lúc"), Duration.ofSeconds(45));
            // a tick may fall while the title is typed: the next one sends the whole of it
            Await.until("the whole title autosaved", () -> Database.strings(
                    "SELECT title FROM content_autosave WHERE item_id = ?", Long.parseLong(id)), List.of(title + " – chưa lưu")::equals,
                    Duration.ofSeconds(45));
            browser().screenshot("item-editor-autosaved");
        }

        browser().open("/admin/content/item.xhtml?id=" + id);
        assertTrue(browser().find(By.id("item-form:autosave-offer")).getText().contains("được tự lưu nhưng chưa được lưu chính thức"));
        assertEquals(title, browser().find(By.id("item-form:title")).getAttribute("value"));
        browser().screenshot("item-editor-autosave-offer");
        browser().click(By.id("item-form:restore-autosave"));
        browser().awaitAjax();
        assertEquals(title + " – chưa lưu", browser().find(By.id("item-form:title")).getAttribute("value"));
        browser().click(By.id("item-form:save"));
        browser().awaitAjax();
        assertEquals(title + " – chưa lưu", Database.strings("SELECT title FROM content_item WHERE id = ?", Long.parseLong(id)).get(0));
        assertEquals("0", Database.strings("SELECT COUNT(*) FROM content_autosave WHERE item_id = ?", Long.parseLong(id)).get(0));
    }

    @Test
    void aWriterSavesAnItemUnderAHiddenCategoryWithoutChoosingAnotherAndTheTreeSaysWhyItIsHidden() {
        String token = ContentFixture.token();
        Portal approver = Portal.as(Role.APPROVER);
        String parent = Json.field(approver.json("POST", "/admin/api/v1/categories", categoryJson("Tin các ấp " + token, null)).body(), "id");
        String child = "Ấp Suối Râm " + token;
        String childId = Json.field(approver.json("POST", "/admin/api/v1/categories", categoryJson(child, parent)).body(), "id");
        String otherHidden = Json.field(approver.json("POST", "/admin/api/v1/categories", categoryJson("Khác " + token, null)).body(), "id");
        String title = "Tin của ấp " + token;
        String id = Json.field(Portal.as(Role.CONTRIBUTOR).json("POST", "/admin/api/v1/items",
                ContentFixture.draftJson(title, "<p>Bản đầu</p>", childId)).body(), "id");
        approver.json("POST", "/admin/api/v1/categories/" + parent + "/hide", null);
        approver.json("POST", "/admin/api/v1/categories/" + otherHidden + "/hide", null);

        as(Role.CONTRIBUTOR);
        browser().open("/admin/content/item.xhtml?id=" + id);
        assertEquals(child + " (đang ẩn)", browser().find(By.id("item-form:category_label")).getText());
        @SuppressWarnings("unchecked")
        List<String> choices = (List<String>) ((JavascriptExecutor) browser().driver()).executeScript(
                "return Array.from(document.getElementById('item-form:category_input').options).map(function (o) { return o.text; });");
        assertEquals(List.of(child + " (đang ẩn)"), choices.stream().filter(c -> c.contains(token)).toList(),
                "the item's own hidden category is offered, no other hidden one");
        browser().screenshot("item-editor-hidden-category");
        browser().type(By.id("item-form:title"), title + " – sửa");
        browser().click(By.id("item-form:save"));
        browser().awaitAjax();
        assertEquals(List.of(title + " – sửa " + childId),
                Database.strings("SELECT CONCAT(title, ' ', category_id) FROM content_item WHERE id = ?", Long.parseLong(id)));

        as(Role.APPROVER);
        browser().open("/admin/categories/tree.xhtml");
        WebElement row = browser().find(By.xpath("//tr[.//span[text()='" + child + "']]"));
        assertEquals("Ẩn theo chuyên mục cha", row.findElement(By.cssSelector(".bo-badge")).getText());
        ((JavascriptExecutor) browser().driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        browser().screenshot("categories-hidden-by-parent");
    }

    private static String categoryJson(String name, String parentId) {
        return "{\"name\":\"%s\",\"slug\":\"\",\"description\":null,\"parentId\":%s,\"visible\":true,\"version\":null}"
                .formatted(name, parentId);
    }

    @Test
    void citizensSeeTheKeywordsAndRelatedItemsOfAnItem() {
        String other = "Tin cùng chuyên mục " + ContentFixture.token();
        ContentFixture.publish(other, "<p>Tin khác của chuyên mục Cải cách hành chính.</p>");
        browser().open("/tin/xa-xuan-duong-day-manh-cai-cach-hanh-chinh-nam-2023");
        assertTrue(browser().find(By.id("item-tags")).getText().contains("một cửa"));
        assertTrue(browser().find(By.id("related-items")).getText().contains(other));
        browser().screenshot("public-item-tags-related");
        browser().clickAndAwaitNewPage(By.linkText("một cửa"));
        assertTrue(browser().find(By.id("tag-title")).getText().contains("một cửa"));
        browser().screenshot("public-tag-page");
    }

    static void as(Role role) {
        browser().open("/admin/login.xhtml");
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(role), DemoAccount.PASSWORD);
        assertEquals(Portal.loginOf(role), browser().find(By.id("signed-in-user")).getText());
    }
}
