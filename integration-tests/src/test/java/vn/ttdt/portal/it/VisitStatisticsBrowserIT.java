package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The footer's visit counter in Chromium (filled by the page's script from the counter endpoint, axe finds nothing
 * serious with it shown) and the back-office statistics page with its charts.
 */
@ResourceLock(VisitStatisticsIT.VISITS)
class VisitStatisticsBrowserIT extends ChromiumTest {

    private static String axe;

    @BeforeAll
    static void readAxe() throws IOException {
        axe = AccessibilityIT.axeScript();
    }

    /** A few browsers' views of the demo pages (Chromium's own are a robot's: HeadlessChrome), the home page last. */
    @BeforeAll
    static void someoneVisitedTheDemoPages() {
        long before = homeViews();
        String token = ContentFixture.token();
        List<String> pages = List.of("/chuyen-muc/cai-cach-hanh-chinh", "/tin/xa-xuan-duong-day-manh-cai-cach-hanh-chinh-nam-2023",
                "/van-ban/nghi-dinh-42-2022-nd-cp", "/thu-tuc-hanh-chinh/1.001193", "/hoi-dap", "/");
        for (int browser = 0; browser < 3; browser++) {
            for (String page : pages.subList(browser, pages.size())) {
                VisitStatisticsIT.beacon(page, browser == 0 ? "https://www.google.com/" : "https://zalo.me/",
                        (browser % 2 == 0 ? VisitStatisticsIT.FIREFOX : VisitStatisticsIT.SAFARI) + browser + token);
            }
        }
        Await.until("the home page's views", VisitStatisticsBrowserIT::homeViews, views -> views >= before + 3, Duration.ofSeconds(30));
    }

    private static long homeViews() {
        return Long.parseLong(Database.strings("SELECT COALESCE(SUM(views), 0) FROM visit_page_day WHERE kind = 'HOME'").get(0));
    }

    @Test
    void theFooterShowsTheCounterOnceThePageScriptHasReadIt() {
        browser().open("/");
        WebElement counter = browser().find(By.id("visit-counter"));
        Await.until("the counter shown", counter::isDisplayed, shown -> shown, Duration.ofSeconds(10));
        assertTrue(counter.getText().contains("Đang truy cập") && counter.getText().contains("Tổng lượt truy cập"), counter.getText());
        assertTrue(counter.findElement(By.cssSelector("[data-figure='totalViews']")).getText().matches("[0-9.]+"), counter.getText());
        ((JavascriptExecutor) browser().driver()).executeScript("arguments[0].scrollIntoView({block: 'end'});", counter);
        browser().screenshot("visit-counter-footer");
        assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), axe));
    }

    @Test
    void theBoardSeesTheChartsAndTheTableOfTheStatisticsPage() {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(Role.APPROVER), DemoAccount.PASSWORD);
        browser().open("/admin/statistics/visits.xhtml");
        assertEquals("Thống kê truy cập", browser().textOf(By.id("page-title")));
        assertTrue(browser().find(By.id("chart-per-day")).isDisplayed());
        assertFalse(browser().driver().findElements(By.cssSelector("#visits-form\\:days tbody tr")).isEmpty());
        browser().click(By.id("visits-form:show"));
        browser().awaitAjax();
        assertTrue(browser().find(By.id("chart-per-day")).isDisplayed());
        browser().screenshot("visit-statistics");
        ((JavascriptExecutor) browser().driver()).executeScript("arguments[0].scrollIntoView();", browser().find(By.id("chart-top-pages")));
        browser().screenshot("visit-statistics-pages");
    }
}
