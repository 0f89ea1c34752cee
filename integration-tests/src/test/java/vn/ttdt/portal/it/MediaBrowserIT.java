package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** A contributor illustrates an item in the editor; citizens see the cover, the photos and their credits, on a desk and on a phone. */
class MediaBrowserIT extends ChromiumTest {

    @Test
    void aCoverAndPhotosUploadedInTheEditorAppearOnThePublicPageWithCredits() throws IOException {
        String title = "Khánh thành nhà văn hóa ấp Suối Râm " + ContentFixture.token();
        browser().signIn(Portal.loginOf(Role.CONTRIBUTOR), DemoAccount.PASSWORD);
        browser().open("/admin/content/item.xhtml");
        browser().type(By.id("item-form:title"), title);
        browser().type(By.id("item-form:lead"), "Sáng nay, ấp Suối Râm khánh thành nhà văn hóa mới do người dân cùng góp sức xây dựng.");
        browser().choose("item-form:category", "Cải cách hành chính");
        browser().click(By.cssSelector("#item-form\\:body .ql-editor"));
        browser().find(By.cssSelector("#item-form\\:body .ql-editor")).sendKeys("Nhà văn hóa rộng 300 mét vuông, có sân thể thao và thư viện nhỏ.");

        upload("item-form:cover-upload_input", TestImages.file("gia-mao.jpg",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String refusal = browser().find(By.id("item-form:messages")).getText();
        assertTrue(refusal.contains("Chỉ nhận ảnh JPEG, PNG, WebP, GIF"), refusal);
        assertTrue(browser().driver().findElements(By.id("cover-thumbnail")).isEmpty(), "a refused file is no cover");
        browser().screenshot("media-editor-refused");

        upload("item-form:cover-upload_input", TestImages.file("nha-van-hoa.jpg", TestImages.scene(1600, 1000, "jpeg", "Nhà văn hóa ấp Suối Râm")));
        browser().find(By.id("cover-thumbnail"));
        browser().type(By.id("item-form:cover-caption"), "Nhà văn hóa ấp Suối Râm trong ngày khánh thành");
        browser().type(By.id("item-form:cover-photographer"), "Lê Thu Hà");
        scrollTo("item-form:cover");
        browser().screenshot("media-editor-cover");

        upload("item-form:photo-upload_input", TestImages.file("le-cat-bang.png", TestImages.scene(900, 600, "png", "Cắt băng khánh thành"))
                + "\n" + TestImages.file("van-nghe.webp", TestImages.resource("nha-van-hoa.webp")));
        Await.until("two photos in the editor", () -> photoCaptions().size(), n -> n == 2, Duration.ofSeconds(30));
        List<WebElement> captions = photoCaptions();
        captions.get(0).sendKeys("Lãnh đạo xã cắt băng khánh thành");
        captions.get(1).sendKeys("Tiết mục văn nghệ chào mừng");
        browser().screenshot("media-editor");
        browser().clickAndAwaitNewPage(By.id("item-form:save"));
        assertEquals("Bản nháp", browser().find(By.id("item-state")).getText());
        String url = browser().driver().getCurrentUrl();
        String id = url.substring(url.indexOf("id=") + 3);

        String account = Database.strings("SELECT id FROM account WHERE login = 'ctv.demo'").get(0);
        assertEquals(List.of("Lê Thu Hà null"), Database.strings(
                "SELECT CONCAT(cover_photographer, ' ', COALESCE(cover_photographer_account_id, 'null')) FROM content_item WHERE id = ?", id));
        assertEquals(List.of("0 An Nhiên " + account, "1 An Nhiên " + account), Database.strings(
                "SELECT CONCAT(position, ' ', photographer, ' ', photographer_account_id) FROM content_photo WHERE item_id = ? ORDER BY position", id));

        String slug = publish(id);
        browser().open("/tin/" + slug);
        WebElement cover = browser().find(By.cssSelector("#item-cover img"));
        assertEquals("Nhà văn hóa ấp Suối Râm trong ngày khánh thành", cover.getAttribute("alt"));
        assertTrue(cover.getAttribute("srcset").contains("/320.jpg 320w"), cover.getAttribute("srcset"));
        assertTrue(loaded(cover), "the cover is shown");
        assertTrue(String.valueOf(js().executeScript("return arguments[0].currentSrc;", cover)).endsWith("/1200.jpg"));
        assertTrue(browser().find(By.cssSelector("#item-cover figcaption")).getText().endsWith("Ảnh: Lê Thu Hà"));
        List<WebElement> photos = browser().driver().findElements(By.cssSelector("#item-photos figure"));
        assertEquals(2, photos.size());
        assertTrue(photos.get(0).getText().contains("Lãnh đạo xã cắt băng khánh thành") && photos.get(0).getText().contains("Ảnh: An Nhiên"));
        String ogImage = browser().driver().findElement(By.cssSelector("meta[property='og:image']")).getAttribute("content");
        assertTrue(ogImage.startsWith(base() + "/media/") && ogImage.endsWith("/1200.jpg"), ogImage);
        assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), AccessibilityIT.axeScript()));
        browser().screenshot("media-item-desktop");
        scrollTo("item-cover");
        browser().screenshot("media-item-desktop-cover");
        browser().open("/");
        browser().screenshot("media-home-desktop");

        browser().driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser().open("/tin/" + slug);
            WebElement small = browser().find(By.cssSelector("#item-cover img"));
            assertTrue(loaded(small));
            assertTrue(small.getSize().getWidth() <= 390, "the cover fits a phone: " + small.getSize());
            scrollTo("item-cover");
            browser().screenshot("media-item-mobile");
            scrollTo("item-photos");
            browser().screenshot("media-item-mobile-photos");
            browser().open("/");
            WebElement featured = browser().find(By.cssSelector("#featured img.featured-image"));
            assertTrue(featured.getAttribute("srcset").contains("/320.jpg 320w"), "the phone may take the small rendition");
            assertTrue(featured.getSize().getWidth() <= 390, "the featured cover fits a phone: " + featured.getSize());
            browser().screenshot("media-home-mobile");
        } finally {
            browser().driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private static void upload(String inputId, Object paths) {
        browser().driver().findElement(By.id(inputId)).sendKeys(paths.toString());
        browser().awaitAjax();
    }

    private static void scrollTo(String id) {
        js().executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    private static List<WebElement> photoCaptions() {
        return browser().driver().findElements(By.cssSelector("#item-form\\:photos input[id$='photo-caption']"));
    }

    private static boolean loaded(WebElement image) {
        return Boolean.TRUE.equals(js().executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser().driver();
    }

    private static String publish(String id) {
        ContentFixture.step(Portal.as(Role.CONTRIBUTOR), id, "SUBMIT", null);
        ContentFixture.step(Portal.as(Role.EDITOR), id, "TAKE_FOR_EDITING", null);
        ContentFixture.step(Portal.as(Role.EDITOR), id, "SEND_FOR_APPROVAL", null);
        return Json.field(ContentFixture.step(Portal.as(Role.APPROVER), id, "PUBLISH", null).body(), "slug");
    }
}
