package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** axe-core (from Maven Central) in Chromium: no serious or critical WCAG 2.1 AA violation on the public pages. */
class AccessibilityIT extends ChromiumTest {

    private static String axe;

    /** Runs axe within the element given (or the document) once effects have ended; answers null if the page lacks axe. */
    private static final String AXE_RUN = """
                var done = arguments[arguments.length - 1];
                if (!window.axe) {
                    done(null);
                    return;
                }
                var context = arguments[0] || document;
                function ending() {
                    return document.getAnimations().filter(function (a) {
                        return a.playState === 'running' && isFinite(a.effect.getComputedTiming().endTime); });
                }
                var latest = Date.now() + 3000;
                function settled() {
                    var running = ending();
                    if (Date.now() > latest) {
                        return Promise.resolve();
                    }
                    if (window.jQuery && jQuery(':animated').length > 0) {
                        return new Promise(function (later) { setTimeout(later, 20); }).then(settled);
                    }
                    return running.length === 0 ? Promise.resolve()
                        : Promise.all(running.map(function (a) { return a.finished.catch(function () {}); })).then(settled);
                }
                settled().then(function () {
                    return axe.run(context, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                        resultTypes: ['violations']});
                }).then(function (r) { done(r.violations.filter(function (v) {
                       return v.impact === 'serious' || v.impact === 'critical'; })
                       .map(function (v) { return {id: v.id, impact: v.impact,
                           nodes: v.nodes.map(function (n) { return n.target.join(' '); }).join(', ')}; })); })
                   .catch(function (e) { done([{id: 'axe-error', impact: 'critical', nodes: String(e)}]); });""";

    @BeforeAll
    static void readAxe() throws IOException {
        axe = axeScript();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/chuyen-muc/cai-cach-hanh-chinh", "/tin/xa-xuan-duong-day-manh-cai-cach-hanh-chinh-nam-2023",
            "/tim-kiem?q=cai%20cach", "/the/mot-cua", "/gioi-thieu.xhtml", "/admin/login.xhtml",
            "/van-ban", "/van-ban?q=nghi%20dinh&tinh-trang=IN_FORCE", "/van-ban/nghi-dinh-42-2022-nd-cp", "/van-ban/nghi-dinh-43-2011-nd-cp",
            "/thu-tuc-hanh-chinh", "/thu-tuc-hanh-chinh?q=khai%20sinh&cap=C%E1%BA%A5p%20x%C3%A3", "/thu-tuc-hanh-chinh/1.001193",
            "/ket-qua-giai-quyet-tthc", "/ket-qua-giai-quyet-tthc?ky=2023-06",
            "/hoi-dap", "/hoi-dap/gui-cau-hoi", "/hoi-dap/tra-cuu", "/hoi-dap/tra-cuu?ma=HD-2023-ZZZZZZ",
            "/gioi-thieu", "/gioi-thieu/lich-su", "/gioi-thieu/lien-he", "/gioi-thieu/diem-du-lich", "/gioi-thieu/diem-du-lich/ho-suoi-vong",
            "/gioi-thieu/co-cau-to-chuc", "/gioi-thieu/lanh-dao", "/en/organisation", "/en/leaders", "/en/contact"})
    void aPageHasNoSeriousOrCriticalAccessibilityViolation(String path) {
        browser().open(path);
        List<String> found = seriousViolations(browser(), axe);
        assertEquals(List.of(), found, path);
    }

    /**
     * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page the browser shows, once its CSS
     * transitions, animations and jQuery effects have ended: a button that PrimeFaces re-enables after an Ajax request
     * fades from 60 % opacity for 0.2 s, a confirmation dialog fades in, and colours measured meanwhile fail the
     * contrast rule. The script is sent unless the page has it already. Only violations are worked out in full (axe's
     * {@code resultTypes}): the passing and incomplete results, which are not read, keep one node each instead of a
     * selector for every node of the page.
     */
    static List<String> seriousViolations(Browser browser, String axe) {
        return seriousViolations(browser, axe, null);
    }

    /**
     * The serious and critical violations within {@code context} only (an element, say an open dialog, whose page was
     * checked already), or in the whole document when it is null.
     */
    static List<String> seriousViolations(Browser browser, String axe, WebElement context) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object answer = js.executeAsyncScript(AXE_RUN, context);
        if (answer == null) {
            js.executeScript(axe);
            answer = js.executeAsyncScript(AXE_RUN, context);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) answer;
        List<String> found = new ArrayList<>();
        violations.forEach(v -> found.add(v.get("impact") + " " + v.get("id") + ": " + v.get("nodes")));
        return found;
    }


    /** axe-core's script, as bundled by Deque's Selenium integration on Maven Central. */
    static String axeScript() throws IOException {
        try (InputStream script = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
