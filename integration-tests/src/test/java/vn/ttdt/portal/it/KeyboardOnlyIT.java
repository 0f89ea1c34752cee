package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The back-office without a mouse: only Tab, Shift+Tab, Enter, Space, the arrow keys, Escape and typing, sent to
 * whatever has the focus (never a click, never a focus set by script). An item goes from writing to publishing as the
 * roles that take each step, and a dialog keeps the focus inside while open and gives it back when closed.
 */
class KeyboardOnlyIT extends ChromiumTest {

    private static final int MOST_TABS = 150;

    @Test
    void anItemGoesFromWritingToPublishingWithTheKeyboardAlone() {
        String title = "Tin viết bằng bàn phím " + ContentFixture.token();

        signIn(Role.CONTRIBUTOR);
        tabTo("the menu's new item", focusedIs("menu-new-item"));
        pressAndAwaitNewPage(Keys.ENTER);
        tabTo("the title", focusedIs("item-form:title"));
        keys(title);
        tabTo("the category", focusedWithin("item-form:category"));
        arrowDownUntil("item-form:category_label", "Cải cách hành chính");
        tabTo("the lead", focusedIs("item-form:lead"));
        keys("Sapo: " + title);
        tabTo("the body's bold button", focused -> "Chữ đậm".equals(focused.getAttribute("aria-label")));
        keys(Keys.SPACE);
        assertTrue(browser().driver().switchTo().activeElement().getAttribute("class").contains("ql-editor"),
                "the bold button puts the cursor into the text; the focus is on " + describeFocused());
        keys("Người dân ấp Suối Cát đón nhà văn hóa mới.");
        browser().screenshot("keyboard-editor");
        tabTo("the first author's name", focusedIs("item-form:authors:0:author-name"));
        assertEquals("Tác giả 1 — tên", accessibleLabelOfFocused());
        tabTo("the save button", focusedIs("item-form:save"));
        pressAndAwaitNewPage(Keys.ENTER);
        assertEquals("Bản nháp", browser().find(By.id("item-state")).getText());
        assertTrue(browser().find(By.id("item-form:body")).getAttribute("innerHTML").contains("<strong>"),
                "the bold button works from the keyboard");
        step("SUBMIT", Keys.ENTER, "Đã gửi");

        signIn(Role.EDITOR);
        openFromInbox(title);
        step("TAKE_FOR_EDITING", Keys.SPACE, "Đang biên tập");
        step("SEND_FOR_APPROVAL", Keys.ENTER, "Chờ duyệt");

        signIn(Role.APPROVER);
        openFromInbox(title);
        step("PUBLISH", Keys.ENTER, "Đã đăng");
        browser().screenshot("keyboard-published");
    }

    @Test
    void aDialogKeepsTheFocusWhileOpenAndGivesItBackWhenClosed() {
        signIn(Role.IT_ADMIN);
        browser().open("/admin/org/units.xhtml");
        tabTo("the new unit button", focusedIs("units-form:new-unit"));
        keys(Keys.ENTER);
        browser().awaitAjax();
        WebElement dialog = browser().find(By.id("unit-dialog"));
        Await.until("the focus inside the dialog", KeyboardOnlyIT::focusedIsInUnitDialog, inside -> inside, Duration.ofSeconds(5));
        keys("Tổ công nghệ số cộng đồng");
        browser().screenshot("keyboard-dialog-focus");
        for (int i = 0; i < 25; i++) {
            keys(Keys.TAB);
            assertTrue(focusedIsInUnitDialog(), "Tab " + (i + 1) + " left the open dialog for " + describeFocused());
        }
        for (int i = 0; i < 25; i++) {
            keys(Keys.chord(Keys.SHIFT, Keys.TAB));
            assertTrue(focusedIsInUnitDialog(), "Shift+Tab " + (i + 1) + " left the open dialog for " + describeFocused());
        }
        keys(Keys.ESCAPE);
        Await.until("the unit dialog to close", dialog::isDisplayed, shown -> !shown, Duration.ofSeconds(10));
        Await.until("the focus back on the button that opened the dialog", KeyboardOnlyIT::describeFocused,
                "units-form:new-unit"::equals, Duration.ofSeconds(5));
    }

    private static void signIn(Role role) {
        browser().driver().manage().deleteAllCookies();
        browser().open("/admin/login.xhtml");
        Await.until("the focus in the login field", KeyboardOnlyIT::describeFocused, "username"::equals, Duration.ofSeconds(5));
        keys(Portal.loginOf(role), Keys.TAB, DemoAccount.PASSWORD);
        pressAndAwaitNewPage(Keys.ENTER);
        assertEquals(Portal.loginOf(role), browser().find(By.id("signed-in-user")).getText());
    }

    private static void openFromInbox(String title) {
        tabTo("the menu's inbox", focusedIs("menu-inbox"));
        pressAndAwaitNewPage(Keys.ENTER);
        tabTo("the link of " + title, focused -> "a".equals(focused.getTagName()) && focused.getText().contains(title));
        pressAndAwaitNewPage(Keys.ENTER);
    }

    /** Moves to the step's button with Tab and presses it with the key; waits until the item shows the new state. */
    private static void step(String action, CharSequence key, String expectedState) {
        tabTo("the step " + action, focused -> focused.getAttribute("class").contains("step-" + action));
        keys(key);
        browser().awaitAjax();
        Await.until("the item to be " + expectedState, () -> browser().find(By.id("item-state")).getText(), expectedState::equals,
                Duration.ofSeconds(10));
    }

    /** Presses Tab until what has the focus satisfies the test; fails when that takes more than {@link #MOST_TABS}. */
    private static void tabTo(String what, Predicate<WebElement> target) {
        for (int i = 0; i < MOST_TABS; i++) {
            keys(Keys.TAB);
            if (target.test(browser().driver().switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError(what + " is not reached with " + MOST_TABS + " Tab presses; the focus is on " + describeFocused());
    }

    /** Presses the down arrow on a focused PrimeFaces menu until it shows the label. */
    private static void arrowDownUntil(String labelId, String label) {
        for (int i = 0; i < 40 && !label.equals(browser().find(By.id(labelId)).getText()); i++) {
            keys(Keys.ARROW_DOWN);
        }
        assertEquals(label, browser().find(By.id(labelId)).getText());
    }

    private static Predicate<WebElement> focusedIs(String id) {
        return focused -> id.equals(focused.getAttribute("id"));
    }

    /** What has the focus lies inside the element with this id (a PrimeFaces widget focuses an input of its own). */
    private static Predicate<WebElement> focusedWithin(String id) {
        return focused -> Boolean.TRUE.equals(((JavascriptExecutor) browser().driver()).executeScript(
                "return !!arguments[0].closest('[id=\"' + arguments[1] + '\"]');", focused, id));
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser().driver()).sendKeys(keys).perform();
    }

    private static void pressAndAwaitNewPage(CharSequence key) {
        JavascriptExecutor js = (JavascriptExecutor) browser().driver();
        js.executeScript("window.portalOldPage = true;");
        keys(key);
        Await.until("the next page", () -> js.executeScript(
                "return window.portalOldPage === undefined && document.readyState === 'complete';"), Boolean.TRUE::equals,
                Duration.ofSeconds(20));
    }

    private static boolean focusedIsInUnitDialog() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser().driver()).executeScript(
                "return !!document.activeElement && !!document.activeElement.closest('#unit-dialog');"));
    }

    private static String describeFocused() {
        return (String) ((JavascriptExecutor) browser().driver()).executeScript("""
                var e = document.activeElement;
                return e ? (e.id || e.tagName + '.' + e.className) : 'nothing';""");
    }

    private static String accessibleLabelOfFocused() {
        return (String) ((JavascriptExecutor) browser().driver()).executeScript("""
                var e = document.activeElement;
                return e.labels && e.labels.length ? e.labels[0].textContent.trim() : e.getAttribute('aria-label');""");
    }
}
