package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The satisfaction rating in Chromium, with scripts (the answer read out in the form, the page not left) and without
 * (the form post and the way back to the page's note); the comment reaches the board as text only; axe-core finds
 * nothing serious on the rating's notes nor on an advertising placement. The site's own pages carry it too, the English
 * ones in English.
 */
class RatingBrowserIT extends ChromiumTest {

    private static final String SCRIPT_COMMENT = "<script>document.title='x'</script> Góp ý";
    private static String axe;

    @BeforeAll
    static void readAxe() throws IOException {
        axe = AccessibilityIT.axeScript();
    }

    @Test
    void aRatingSentWithScriptsIsCountedAndAnsweredInTheForm() {
        String token = ContentFixture.token();
        String slug = ContentFixture.publish("Tin đánh giá có script " + token, "<p>Nội dung " + token + "</p>");
        browser().open("/tin/" + slug);
        String address = browser().driver().getCurrentUrl();
        browser().click(By.cssSelector(".rating-form input[name='diem'][value='4']"));
        browser().type(By.id("rating-comment"), SCRIPT_COMMENT + " " + token);
        browser().click(By.cssSelector(".rating-form button[type='submit']"));
        WebElement status = browser().find(By.cssSelector(".rating-status"));
        Await.until("the answer in the status line", status::getText, text -> text.contains("Cảm ơn bạn đã đánh giá"), Duration.ofSeconds(10));
        assertEquals(address, browser().driver().getCurrentUrl(), "the page was not left");
        assertEquals(List.of("4"), Database.strings("SELECT score FROM rating_vote WHERE kind = 'ITEM' AND ref = ?", slug));
        assertEquals(SCRIPT_COMMENT + " " + token, Database.strings("SELECT comment FROM rating_vote WHERE ref = ?", slug).get(0));
        browser().screenshot("rating-with-scripts");

        browser().click(By.cssSelector(".rating-form input[name='diem'][value='5']"));
        browser().find(By.cssSelector(".rating-form button[type='submit']"));
        assertFalse(browser().find(By.cssSelector(".rating-form button[type='submit']")).isEnabled(), "sent once");
        assertFalse(Portal.anonymous().get("/tin/" + slug).body().contains("Góp ý " + token), "comments are never public");

        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(Role.EDITOR), DemoAccount.PASSWORD);
        browser().open("/admin/ratings/results.xhtml");
        WebElement row = browser().find(By.xpath("//*[@id='ratings-form:pages']//tr[.//span[contains(@class,'rated-title') and contains(., '"
                + token + "')]]"));
        row.findElement(By.cssSelector("button.show-comments")).click();
        WebElement comment = browser().find(By.cssSelector("#comment-list .rating-comment"));
        Await.until("the comment", comment::getText, text -> text.contains(token), Duration.ofSeconds(10));
        assertEquals(SCRIPT_COMMENT + " " + token, comment.getText(), "shown as text");
        assertFalse(browser().driver().getTitle().equals("x"), "the script did not run");
        browser().screenshot("rating-results");
        browser().driver().manage().deleteAllCookies();
    }

    @Test
    void aRatingSentWithoutScriptsComesBackToThePageThatSaysItWasCounted() {
        String token = ContentFixture.token();
        String slug = ContentFixture.publish("Tin đánh giá không script " + token, "<p>Nội dung " + token + "</p>");
        try (Browser plain = new Browser(false)) {
            plain.open("/tin/" + slug);
            plain.click(By.cssSelector(".rating-form input[name='diem'][value='5']"));
            plain.click(By.cssSelector(".rating-form button[type='submit']"));
            Await.until("back on the item page at the note", () -> plain.driver().getCurrentUrl(),
                    url -> url.contains("/tin/" + slug + "?danh-gia=") && url.endsWith("#danh-gia-da-ghi-nhan"), Duration.ofSeconds(10));
            assertTrue(plain.find(By.id("danh-gia-da-ghi-nhan")).isDisplayed());
            assertFalse(plain.driver().findElement(By.id("danh-gia-da-co")).isDisplayed(), "the other notes stay hidden");
            plain.screenshot("rating-without-scripts");

            plain.click(By.cssSelector(".rating-form input[name='diem'][value='1']"));
            plain.click(By.cssSelector(".rating-form button[type='submit']"));
            Await.until("back at the note that this browser rated the page today", () -> plain.driver().getCurrentUrl(),
                    url -> url.endsWith("#danh-gia-da-co"), Duration.ofSeconds(10));
        }
        assertEquals(List.of("5"), Database.strings("SELECT score FROM rating_vote WHERE kind = 'ITEM' AND ref = ?", slug));
    }


    @Test
    void theSitesOwnPagesCarryTheRatingAndTheEnglishPagesAskInEnglish() {
        int before = Database.strings("SELECT id FROM rating_vote WHERE kind = 'PAGE' AND ref = 'en/contact'").size();
        browser().open("/en/contact");
        assertEquals("Was this information useful?", browser().find(By.id("rating-title")).getText());
        browser().click(By.cssSelector(".rating-form input[name='diem'][value='5']"));
        browser().click(By.cssSelector(".rating-form button[type='submit']"));
        WebElement status = browser().find(By.cssSelector(".rating-status"));
        Await.until("the answer in English", status::getText, text -> text.startsWith("Thank you for your rating"), Duration.ofSeconds(10));
        assertEquals(before + 1, Database.strings("SELECT id FROM rating_vote WHERE kind = 'PAGE' AND ref = 'en/contact'").size());
        browser().screenshot("rating-english-contact");

        for (String page : List.of("/gioi-thieu", "/gioi-thieu/lich-su", "/gioi-thieu/diem-du-lich", "/gioi-thieu/co-cau-to-chuc",
                "/gioi-thieu/lanh-dao", "/en/organisation", "/en/leaders")) {
            String body = Portal.anonymous().get(page).body();
            assertTrue(body.contains("name=\"ma\" value=\"" + page.substring(1) + "\""), page + " carries its rating form");
        }
        try (Browser plain = new Browser(false)) {
            plain.open("/gioi-thieu/lich-su");
            plain.click(By.cssSelector(".rating-form input[name='diem'][value='3']"));
            plain.click(By.cssSelector(".rating-form button[type='submit']"));
            Await.until("back on the history page at the note", () -> plain.driver().getCurrentUrl(),
                    url -> url.contains("/gioi-thieu/lich-su?danh-gia=") && url.endsWith("#danh-gia-da-ghi-nhan"), Duration.ofSeconds(10));
            assertTrue(plain.find(By.id("danh-gia-da-ghi-nhan")).isDisplayed());
        }
        assertEquals(List.of("3"), Database.strings("SELECT score FROM rating_vote WHERE kind = 'PAGE' AND ref = 'gioi-thieu/lich-su'"));
        assertEquals(404, Portal.anonymous().postForm("/danh-gia",
                Map.of("loai", "PAGE", "ma", "gioi-thieu/diem-du-lich/khong-co-diem-nay", "diem", "4")).statusCode(),
                "a tourist site that is not published is no rated page");
    }

    @Test
    void theRatingNotesAndAnAdvertisingPlacementHaveNoSeriousAccessibilityViolation() {
        String token = ContentFixture.token();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String advertiser = AdvertisingFixture.advertiser("Công ty Tiếp cận " + token);
        String contract = AdvertisingFixture.contract(advertiser, "HĐ-TC-" + token, "HOME", today, today.plusDays(1), 1_000, null);
        String banner = AdvertisingFixture.banner(contract, "Sữa tươi Đồng Nai " + token, "https://example.vn/sua");
        AdvertisingFixture.approver().upload("/admin/api/v1/advertising/banners/" + banner + "/image", "sua.png",
                TestImages.scene(728, 90, "png", "QC"));
        AdvertisingFixture.banner(contract, "Liên kết chữ " + token, "https://example.vn/lien-ket");
        try {
            browser().open("/");
            WebElement placement = browser().find(By.cssSelector(".ad-placement[data-placement='HOME']"));
            assertEquals(1, placement.findElements(By.cssSelector(".ad-banner")).stream().filter(WebElement::isDisplayed).count(),
                    "the script shows one banner of the placement");
            assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), axe), "/ with a placement");
            browser().screenshot("placement-home");
            for (String note : List.of("danh-gia-da-ghi-nhan", "danh-gia-da-co", "danh-gia-qua-nhieu", "danh-gia-chua-hop-le")) {
                browser().open("/hoi-dap#" + note);
                assertTrue(browser().find(By.id(note)).isDisplayed(), note);
                assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), axe), "/hoi-dap#" + note);
            }
        } finally {
            AdvertisingFixture.deleteContract(contract);
        }
    }
}
