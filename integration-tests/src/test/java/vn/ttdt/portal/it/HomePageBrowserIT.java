package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The home page as citizens see it: on a desktop a featured story with its picture beside the latest news, quick
 * links to the services and a block per category with thumbnails; on a 390-pixel phone the same content on the first
 * screen, the menu folded behind a button that the keyboard opens. No serious accessibility violation either way.
 */
@Isolated("the newest item with a cover is the featured story")
class HomePageBrowserIT extends ChromiumTest {

    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static String axe;

    @BeforeAll
    static void readAxe() throws IOException {
        axe = AccessibilityIT.axeScript();
    }

    /** The newest item, with a cover: other tests publish items without one, and the home page features the newest with a cover. */
    private static void publishWithCover() {
        String token = ContentFixture.token();
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        HttpResponse<String> upload = contributor.upload("tin-noi-bat-" + token + ".jpg", TestImages.scene(1600, 1000, "jpeg", "Tin nổi bật"));
        assertEquals(201, upload.statusCode(), upload.body());
        String json = ContentFixture.draftJson("Tin nổi bật có ảnh " + token, "<p>Nội dung</p>");
        ContentFixture.publishDraft(json.substring(0, json.lastIndexOf('}')) + ",\"cover\":{\"mediaId\":"
                + Json.field(upload.body(), "id") + ",\"caption\":\"Ảnh tin nổi bật\",\"photographer\":\"Lê Minh Châu\"}}");
    }

    @Test
    void onADesktopTheHomePageShowsAFeaturedStoryTheLatestNewsServicesAndCategories() {
        publishWithCover();
        browser().open("/");
        WebElement featured = browser().find(By.cssSelector("#featured .featured-image"));
        assertTrue(loaded(featured), "the featured story's picture is shown");
        assertTrue(featured.getAttribute("srcset").contains("/1200.jpg 1200w"), featured.getAttribute("srcset"));
        assertFalse(browser().driver().findElements(By.cssSelector("#latest-list .item-card")).isEmpty(), "latest news beside it");
        assertEquals(List.of("quick-legal", "quick-procedures", "quick-one-stop", "quick-questions", "quick-services"),
                browser().driver().findElements(By.cssSelector(".quick-list a")).stream().map(a -> a.getAttribute("id")).toList());
        assertTrue(browser().find(By.id("quick-services")).getAttribute("href").startsWith("https://dichvucong.dongnai.gov.vn"),
                "the province's online services from the portal links");
        List<WebElement> thumbnails = browser().driver().findElements(By.cssSelector(".category-block img.item-thumb"));
        assertTrue(thumbnails.size() >= 3, "category blocks with thumbnails: " + thumbnails.size());
        for (WebElement thumbnail : thumbnails) {
            assertEquals("lazy", thumbnail.getAttribute("loading"));
            assertFalse(thumbnail.getAttribute("width").isEmpty() || thumbnail.getAttribute("height").isEmpty());
        }
        assertTrue(browser().find(By.id("nav-legal")).isDisplayed(), "the menu is open on a desktop");
        assertFalse(present(By.cssSelector(".nav-toggle-label")).isDisplayed(), "no menu button on a desktop");
        ((JavascriptExecutor) browser().driver()).executeScript("arguments[0].focus();", browser().find(By.id("nav-news")));
        WebElement category = browser().find(By.cssSelector(".nav-sub a"));
        assertTrue(category.isDisplayed(), "the categories open when the keyboard reaches Tin tức");
        assertTrue(browser().find(By.id("footer-legal")).getText().contains("Giấy phép"), "the footer's legal items");
        assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), axe), "/ on a desktop");
        browser().open("/");
        browser().screenshot("home-desktop");
        fullPage("home-desktop-full", DESKTOP);
    }

    @Test
    void onAPhoneTheMenuIsFoldedAndTheKeyboardOpensIt() {
        browser().driver().manage().window().setSize(PHONE);
        try {
            browser().open("/");
            assertFalse(present(By.id("nav-legal")).isDisplayed(), "the menu is folded");
            assertTrue(browser().find(By.cssSelector(".nav-toggle-label")).isDisplayed(), "behind a menu button");
            WebElement featured = browser().find(By.cssSelector("#featured .featured-title"));
            assertTrue(featured.getRect().getY() + featured.getRect().getHeight() < PHONE.getHeight(),
                    "the featured story is on the first screen: " + featured.getRect());
            browser().screenshot("home-mobile");

            int tabs = 0;
            while (!"nav-toggle".equals(active().getAttribute("id")) && tabs++ < 8) {
                keys(Keys.TAB);
            }
            assertEquals("nav-toggle", active().getAttribute("id"), "the menu button is reached with Tab");
            keys(Keys.SPACE);
            assertTrue(browser().find(By.id("nav-legal")).isDisplayed(), "Space opens the menu");
            keys(Keys.TAB);
            assertEquals("nav-home", active().getAttribute("id"), "Tab goes on into the menu");
            assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), axe), "/ on a phone, menu open");
            browser().screenshot("home-mobile-menu");
            new Actions(browser().driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertEquals("nav-toggle", active().getAttribute("id"), "Shift+Tab from the first entry goes back to the menu button");
            keys(Keys.SPACE);
            Await.until("Space to fold the menu again", () -> present(By.id("nav-legal")).isDisplayed(), shown -> !shown,
                    Duration.ofSeconds(5));

            browser().open("/");
            fullPage("home-mobile-full", PHONE);
            browser().open("/tin/xa-xuan-duong-day-manh-cai-cach-hanh-chinh-nam-2023");
            browser().screenshot("item-mobile");
        } finally {
            browser().driver().manage().window().setSize(DESKTOP);
        }
    }

    /** An element of the page, shown or not ({@link Browser#find} waits until it is shown). */
    private static WebElement present(By by) {
        return browser().driver().findElement(by);
    }

    private static WebElement active() {
        return browser().driver().switchTo().activeElement();
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser().driver()).sendKeys(keys).perform();
    }

    private static boolean loaded(WebElement image) {
        return Boolean.TRUE.equals(Await.until("the picture loaded", () -> ((JavascriptExecutor) browser().driver()).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image), Boolean.TRUE::equals, Duration.ofSeconds(10)));
    }

    /** The whole page in one picture: the window made as tall as the page for the screenshot, then as it was. */
    private static void fullPage(String name, Dimension window) {
        JavascriptExecutor js = (JavascriptExecutor) browser().driver();
        js.executeScript("document.querySelectorAll('img[loading=lazy]').forEach(function (i) { i.loading = 'eager'; });");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser().driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 10, 6000)));
        Await.until("every picture loaded", () -> js.executeScript(
                "return Array.from(document.images).every(function (i) { return i.complete; });"), Boolean.TRUE::equals,
                Duration.ofSeconds(15));
        browser().screenshot(name);
        browser().driver().manage().window().setSize(window);
    }
}
