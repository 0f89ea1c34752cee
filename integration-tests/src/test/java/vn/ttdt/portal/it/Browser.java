package vn.ttdt.portal.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with waits on conditions only. The browser test classes
 * borrow one from the run's few ({@link #borrow()}): starting Chromium costs more than most of their tests, and two
 * classes that run at the same time each need their own.
 */
public final class Browser implements AutoCloseable {

    /** How often a wait asks again: its condition usually holds within a few tens of milliseconds. */
    private static final Duration POLL = Duration.ofMillis(25);
    private static final Dimension WINDOW = new Dimension(1366, 900);
    /**
     * V8 stops at its baseline compiler (Sparkplug): a test's page lives a few seconds, and what Maglev and TurboFan
     * compile in their background threads for it is thrown away with the page — the reason the test JVMs run C1 only.
     * The renderers' CPU fell by about 30 % on AccessibilityIT and EditorialScreensIT (docs/tests.md).
     */
    private static final String V8_BASELINE_ONLY = "--js-flags=--max-opt=1";
    private static final String HEADLESS_SHELL = "chromium-headless-shell";
    private static final String SHELL_PATH = "/usr/lib/chromium/" + HEADLESS_SHELL;
    private static final String OPEN_DIALOG = ".ui-dialog[aria-hidden='false'], .ui-confirm-dialog[aria-hidden='false']";
    /** The run's browsers no class is using now; a class borrows one and gives it back when it ends. */
    private static final Deque<Browser> IDLE = new ArrayDeque<>();
    private static final List<Browser> STARTED = new ArrayList<>();

    private final WebDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final List<Object> addedScripts = new ArrayList<>();

    /**
     * One of the run's Chromium processes that no other class is using, started if none is idle, and quit when the run
     * ends ({@link #quitAll()}). The class gets it as a fresh one would be: blank page, default window, no cookies,
     * storage, cache or page scripts of the class before ({@link #reset()}). Give it back with {@link #giveBack()}.
     */
    public static Browser borrow() {
        Browser idle;
        synchronized (Browser.class) {
            idle = IDLE.poll();
        }
        if (idle != null && idle.alive()) {
            idle.reset();
            return idle;
        }
        if (idle != null) {
            forget(idle);
        }
        Browser started = new Browser();
        synchronized (Browser.class) {
            STARTED.add(started);
        }
        started.reset();
        return started;
    }

    /** Returns a borrowed browser to the idle ones, for the next class. */
    public void giveBack() {
        synchronized (Browser.class) {
            IDLE.push(this);
        }
    }

    public static void quitAll() {
        List<Browser> all;
        synchronized (Browser.class) {
            all = List.copyOf(STARTED);
            STARTED.clear();
            IDLE.clear();
        }
        all.forEach(Browser::close);
    }

    private static void forget(Browser gone) {
        synchronized (Browser.class) {
            STARTED.remove(gone);
        }
        try {
            gone.close();
        } catch (WebDriverException alreadyGone) {
            // its process died: nothing left to quit
        }
    }

    public Browser() {
        this(true);
    }

    /** A browser that runs the pages' scripts, or one that does not (like a visitor who turned JavaScript off). */
    public Browser(boolean scripts) {
        ChromeOptions options = new ChromeOptions();
        String binary = chromium();
        options.setBinary(binary);
        if (binary.endsWith(HEADLESS_SHELL)) {
            profile = null;
        } else {
            profile = temporaryProfile();
            options.addArguments("--headless=new", "--user-data-dir=" + profile);
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=vi", V8_BASELINE_ONLY);
        if (!scripts) {
            // Blink's own switch: the headless shell ignores the profile's content setting; WebDriver's scripts still run
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), POLL);
    }

    /**
     * {@code -Dit.chromium}, else Debian's headless shell of Chromium when installed, else Debian's Chromium in its
     * headless mode. The shell is the same Chromium build (engine, V8, DevTools) without the desktop browser's windows
     * and display compositor: about a fifth less of Chromium's CPU (docs/tests.md).
     */
    private static String chromium() {
        String chosen = System.getProperty("it.chromium");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return Files.isExecutable(Path.of(SHELL_PATH)) ? SHELL_PATH : "/usr/bin/chromium";
    }

    /** The full browser's profile, deleted on {@link #close()}; chromedriver makes and deletes the shell's itself. */
    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("portal-chromium").toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Back to the state of a browser just started: what one test class did is invisible to the next. */
    public void reset() {
        new ArrayList<>(addedScripts).forEach(this::removeScript);
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // the usual case
        }
        String first = driver.getWindowHandles().iterator().next();
        for (String window : driver.getWindowHandles()) {
            if (!window.equals(first)) {
                driver.switchTo().window(window).close();
            }
        }
        driver.switchTo().window(first);
        driver.get("about:blank");
        driver.manage().window().setSize(WINDOW);
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        cdp.executeCdpCommand("Network.clearBrowserCache", Map.of());
        cdp.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin(), "storageTypes", "all"));
    }

    private boolean alive() {
        try {
            driver.getWindowHandles();
            return true;
        } catch (WebDriverException gone) {
            return false;
        }
    }

    private static String origin() {
        String address = OnePortalDeployment.address().toString();
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /** Runs the script in every page from the next one on (before the page's own scripts), until the class ends. */
    public Object addScriptToEveryPage(String source) {
        Object identifier = ((Map<?, ?>) ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", source))).get("identifier");
        addedScripts.add(identifier);
        return identifier;
    }

    private void removeScript(Object identifier) {
        ((HasCdp) driver).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
        addedScripts.remove(identifier);
    }

    public Browser open(String path) {
        driver.get(OnePortalDeployment.address().resolve(path).toString());
        return this;
    }

    /** Signs in through the form; fails with the sign-in page's message when the portal refuses. */
    public Browser signIn(String login, String password) {
        submitSignIn(login, password);
        if (driver.getCurrentUrl().contains("/admin/login")) {
            throw new IllegalStateException("sign-in of " + login + " refused: " + driver.findElement(By.tagName("main")).getText());
        }
        return this;
    }

    /** Sends the sign-in form, whatever the portal answers (for tests of refusals). */
    public Browser submitSignIn(String login, String password) {
        open("/admin/login.xhtml");
        typeExactly(By.id("username"), login);
        typeExactly(By.id("password"), password);
        clickAndAwaitNewPage(By.id("login-submit"));
        return this;
    }

    /** Types into a plain field and checks that it holds the text (a key lost on a busy machine is typed again). */
    public void typeExactly(By field, String text) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            type(field, text);
            if (text.equals(find(field).getDomProperty("value"))) {
                return;
            }
        }
        throw new IllegalStateException("the field " + field + " does not keep what was typed");
    }

    /** Clicks something that loads another page, and waits until that page has loaded. */
    public void clickAndAwaitNewPage(By by) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.portalOldPage = true;");
        click(by);
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.portalOldPage === undefined && document.readyState === 'complete';")));
    }

    public void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    public WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException notShown) {
            throw new TimeoutException(notShown.getMessage() + "\n" + whatIsShown(), notShown);
        }
    }

    /** The address and the text a person sees (the open dialog's, else the page's), for the message of a failed wait. */
    private String whatIsShown() {
        try {
            Object text = ((JavascriptExecutor) driver).executeScript("""
                    var open = Array.from(document.querySelectorAll(arguments[0]))
                        .find(function (dialog) { return dialog.getClientRects().length > 0; });
                    var shown = (open || document.body || document.documentElement).innerText || '';
                    return (open ? 'open dialog: ' : 'page: ') + shown.substring(0, 1500);""", OPEN_DIALOG);
            return "at " + driver.getCurrentUrl() + ", " + text;
        } catch (WebDriverException unreadable) {
            return "(the page could not be read: " + unreadable.getClass().getSimpleName() + ")";
        }
    }

    /** The text of the visible element, or "" while an Ajax update is replacing it (for waits that read it again). */
    public String textOf(By by) {
        try {
            return find(by).getText();
        } catch (StaleElementReferenceException replacedMeanwhile) {
            return "";
        }
    }

    /**
     * Clicks the element once it is visible, enabled and what a click at its middle reaches: while something covers it
     * (a dialog's modal mask during PrimeFaces' fade, with Chromium 156) or an Ajax update replaced it, WebDriver clicks
     * nothing and says so, and the click is tried again.
     */
    public void click(By by) {
        String[] covered = {""};
        try {
            wait.until(d -> {
                WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                if (element == null) {
                    return null;
                }
                try {
                    element.click();
                    return Boolean.TRUE;
                } catch (ElementClickInterceptedException coveredForNow) {
                    covered[0] = "\n" + coveredForNow.getRawMessage();
                    return null;
                } catch (StaleElementReferenceException replacedMeanwhile) {
                    return null;
                }
            });
        } catch (TimeoutException notClicked) {
            throw new TimeoutException(notClicked.getMessage() + " (clicking " + by + ")" + covered[0] + "\n" + whatIsShown(),
                    notClicked);
        }
    }

    /**
     * Sets the option with this label in a PrimeFaces selectOneMenu through its widget, silently: PrimeFaces 15's
     * {@code selectValue} fires no change, so the menu's Ajax behaviours do not run (the value goes with the next
     * submit of its form). To change it as a person does, with its behaviours, use {@link #pick}.
     */
    public void choose(String selectOneMenuId, String label) {
        find(By.id(selectOneMenuId));
        Object chosen = ((JavascriptExecutor) driver).executeScript("""
                var id = arguments[0], label = arguments[1];
                var option = Array.from(document.getElementById(id + '_input').options).find(o => o.text === label);
                if (!option) { return false; }
                PrimeFaces.getWidgetById(id).selectValue(option.value);
                return true;""", selectOneMenuId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError("no option '" + label + "' in " + selectOneMenuId);
        }
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu as a person does: waits until the list is closed, opens it, waits
     * until it stands still (opened, the option scrolled into its view), clicks the option where it is, waits until the
     * list has closed again (its Ajax runs meanwhile) and checks that the menu shows the option. With Chromium 156 a
     * click made while PrimeFaces opens or closes the list was lost often enough to fail a run, and the list closes a
     * moment after the choice: a lost step is done again, as a person would.
     */
    public void pick(String selectOneMenuId, String label) {
        By option = By.cssSelector("[id='" + selectOneMenuId + "_items'] li[data-label='" + label + "']");
        By shown = By.id(selectOneMenuId + "_label");
        for (int attempt = 1; attempt <= 3; attempt++) {
            wait.until(d -> !"moving".equals(overlayState(selectOneMenuId + "_panel")));
            if ("closed".equals(overlayState(selectOneMenuId + "_panel"))) {
                click(By.id(selectOneMenuId));
            }
            if (!clickInOverlay(option, selectOneMenuId + "_panel")) {
                continue;
            }
            awaitAjax();
            Boolean taken = within(() -> label.equals(driver.findElement(shown).getText()) ? Boolean.TRUE : null);
            if (taken != null) {
                return;
            }
        }
        throw new AssertionError("the menu " + selectOneMenuId + " does not take '" + label + "'\n" + whatIsShown());
    }

    /**
     * Clicks an option of an overlay (a menu's list, an autocomplete's suggestions) where it stands, once the overlay has
     * finished opening and the option stands still, and waits for the overlay to close as a choice closes it; false,
     * having clicked nothing, when the overlay is not open with the option within a few seconds.
     */
    public boolean clickInOverlay(By option, String overlayId) {
        Map<?, ?> place = within(() -> "open".equals(overlayState(overlayId)) ? steady(option) : null);
        if (place == null) {
            return false;
        }
        clickAt(((Number) place.get("x")).doubleValue(), ((Number) place.get("y")).doubleValue());
        within(() -> "closed".equals(overlayState(overlayId)) ? Boolean.TRUE : null);
        return true;
    }

    /** What the condition answers once it answers something, or null when it has not within a few seconds. */
    private <T> T within(Supplier<T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(5), POLL).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.get());
        } catch (TimeoutException notWithin) {
            return null;
        }
    }

    /**
     * Closes the overlay (a date picker's calendar, a menu's list) that the field opened with the Escape key, as a person
     * does: once it has finished opening, and again if it stays.
     */
    public void closeWithEscape(By field, String overlayId) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            wait.until(d -> !"moving".equals(overlayState(overlayId)));
            if ("closed".equals(overlayState(overlayId))) {
                return;
            }
            find(field).sendKeys(Keys.ESCAPE);
            if (within(() -> "closed".equals(overlayState(overlayId)) ? Boolean.TRUE : null) != null) {
                return;
            }
        }
        throw new AssertionError("the overlay " + overlayId + " stays open\n" + whatIsShown());
    }

    /** "closed", "open" (shown, not animating) or "moving" (PrimeFaces' opening or closing transition under way). */
    private String overlayState(String overlayId) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                var panel = document.getElementById(arguments[0]);
                if (!panel || getComputedStyle(panel).display === 'none') { return 'closed'; }
                return /overlay-(enter|exit)(-active)?( |$)/.test(panel.className) ? 'moving' : 'open';""", overlayId);
    }

    /**
     * The middle of the option, scrolled into its list's view, once it is where it was a poll ago and a click there
     * reaches it. (WebDriver's own click may scroll the page first, which closes PrimeFaces' lists; a click where the
     * option is, as a mouse makes it, does not.)
     */
    private Map<?, ?> steady(By option) {
        Object place = ((JavascriptExecutor) driver).executeScript("""
                var item = arguments[0];
                item.scrollIntoView({block: 'nearest'});
                var box = item.getBoundingClientRect();
                var where = [box.x, box.y, box.width, box.height].join();
                var steady = item.dataset.portalPlace === where;
                item.dataset.portalPlace = where;
                var x = box.x + box.width / 2, y = box.y + box.height / 2;
                var hit = document.elementFromPoint(x, y);
                return steady && box.height > 0 && !!hit && (hit === item || item.contains(hit)) ? {x: x, y: y} : null;""",
                driver.findElement(option));
        return (Map<?, ?>) place;
    }

    /** A left click of the mouse at this point of the window, wherever it falls (DevTools' input events). */
    private void clickAt(double x, double y) {
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        cdp.executeCdpCommand("Input.dispatchMouseEvent",
                Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "buttons", 1, "clickCount", 1));
        cdp.executeCdpCommand("Input.dispatchMouseEvent",
                Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "buttons", 0, "clickCount", 1));
    }

    /** Waits until PrimeFaces has no Ajax request queued or running. */
    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    /** The dialog or confirmation that is open, once it has finished opening (PrimeFaces marks it while it animates). */
    public WebElement openDialog() {
        return wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                var open = Array.from(document.querySelectorAll(arguments[0]))
                    .find(function (dialog) { return dialog.getClientRects().length > 0; });
                return open && !/ui-dialog-(animating|opening)/.test(open.className) ? open : null;""", OPEN_DIALOG));
    }

    /**
     * Closes the open dialog with the cross in its title bar and waits until it is hidden, its modal mask gone and the
     * page's Ajax and effects done; answers false, leaving it open, when it has no such button.
     */
    public boolean closeDialog(WebElement dialog) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object closed = js.executeScript("""
                var cross = arguments[0].querySelector('.ui-dialog-titlebar-close');
                if (!cross || cross.getClientRects().length === 0) { return null; }
                cross.click();
                return arguments[0].id;""", dialog);
        if (closed == null) {
            return false;
        }
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("""
                var dialog = document.getElementById(arguments[0]);
                var masks = Array.from(document.querySelectorAll('.ui-widget-overlay'))
                    .filter(function (mask) { return mask.getClientRects().length > 0; });
                return (!dialog || dialog.getClientRects().length === 0) && masks.length === 0
                    && (!window.jQuery || (jQuery(':animated').length === 0 && jQuery.active === 0))
                    && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());""", closed)));
        return true;
    }

    /** From now on, every page records the Content-Security-Policy violations it reports (before any of its scripts runs). */
    public void watchContentSecurityPolicy() {
        addScriptToEveryPage("""
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', function (e) {
                    window.__cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
                });""");
    }

    /**
     * From the next page on, the pages' own {@code setInterval} timers of exactly {@code period} tick every
     * {@code instead} (the editor's 30-second autosave every second), until the returned handle is closed: the page's
     * code runs unchanged, only sooner.
     */
    public Restore timersOf(Duration period, Duration instead) {
        Object identifier = addScriptToEveryPage("""
                (function () {
                    var setInterval = window.setInterval;
                    window.setInterval = function (callback, delay) {
                        var rest = Array.prototype.slice.call(arguments, 2);
                        return setInterval.apply(window, [callback, delay === %d ? %d : delay].concat(rest));
                    };
                })();""".formatted(period.toMillis(), instead.toMillis()));
        return () -> removeScript(identifier);
    }

    /** Undoes a change to the browser's behaviour; closing it throws nothing. */
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    /** The violations the current page reported since it loaded (Ajax updates included). */
    public List<?> contentSecurityPolicyViolations() {
        Object violations = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations;");
        if (!(violations instanceof List<?> list)) {
            throw new AssertionError("the page is not watched: call watchContentSecurityPolicy() first");
        }
        return list;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * The visible part of the page as a PNG in the {@link #screenshots() screenshots' directory}, if the run keeps them,
     * compressed for speed rather than size: encoding a full-size PNG in Chromium took 20 of
     * BackOfficeAccessibilityIT's 220 s.
     */
    public void screenshot(String name) {
        screenshots().ifPresent(dir -> {
            Object png = ((HasCdp) driver).executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true))
                    .get("data");
            try {
                Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode(String.valueOf(png)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Where the run keeps what people look at (screenshots, a report's PDF): {@code it.screenshots}, set by
     * {@code mvn verify -Dscreenshots}; none otherwise (nothing in a run reads them).
     */
    static Optional<Path> screenshots() {
        String dir = System.getProperty("it.screenshots");
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.createDirectories(Path.of(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        if (profile == null) {
            return;
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
