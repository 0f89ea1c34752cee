package vn.ttdt.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that drives headless Chromium for all its tests: a browser of the run's borrowed for the class, handed
 * over clean. Its lifecycle and tests run on one thread (classes may run two at a time, the tests of one class one
 * after the other), so {@link #browser()} is the one lent to the class that runs on the calling thread.
 */
abstract class ChromiumTest extends PortalIT {

    private static final ThreadLocal<Browser> LENT = new ThreadLocal<>();

    @BeforeAll
    static void borrowBrowser() {
        LENT.set(Browser.borrow());
    }

    @AfterAll
    static void giveBrowserBack() {
        Browser lent = LENT.get();
        LENT.remove();
        if (lent != null) {
            lent.giveBack();
        }
    }

    /** The browser lent to this class. */
    static Browser browser() {
        Browser lent = LENT.get();
        if (lent == null) {
            throw new IllegalStateException("no browser lent on " + Thread.currentThread().getName() + ": extend ChromiumTest");
        }
        return lent;
    }
}
