package vn.ttdt.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that drives headless Chromium for all its tests: the run's one browser, handed over clean. */
abstract class ChromiumTest extends PortalIT {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.shared();
    }

    @AfterAll
    static void leaveBrowser() {
        browser = null;
    }
}
