package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The sanitizer's XSS corpus (ejb/src/test/resources/xss-vectors.txt) published as one item and read in
 * headless Chromium: no vector runs a script, no script URL is left to follow, and the page's
 * Content-Security-Policy has nothing at all to block (pictures from other sites, which the sanitizer keeps
 * over https and upgrades from http, are allowed by the public CSP's {@code img-src https:}).
 */
class XssInChromiumIT extends ChromiumTest {

    private static final Path CORPUS = Path.of(System.getProperty("it.xss-vectors", "../ejb/src/test/resources/xss-vectors.txt"));

    /** Runs before any script of every page: counts calls of alert, confirm and prompt, and records CSP violations. */
    private static final String PROBE = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
                window.__cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
            });
            ['alert', 'confirm', 'prompt'].forEach(function (name) {
                var original = window[name];
                window[name] = function () { window.__xss = (window.__xss || 0) + 1; return original.apply(window, arguments); };
            });""";

    @Test
    void noVectorOfTheSanitizerCorpusRunsAScriptOnThePublicItemPage() throws IOException {
        List<String> vectors = Files.readAllLines(CORPUS, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertTrue(vectors.size() >= 50, "corpus of " + vectors.size());
        String body = vectors.stream().map(v -> "<p>Tin tức</p>" + v).collect(Collectors.joining("\n"))
                + "<p><img src=\"http://anh.example/hoi-nghi.jpg\" alt=\"Ảnh qua http\"></p><p>Hết bộ thử XSS.</p>";
        String title = "Bộ thử XSS " + ContentFixture.token();
        String json = ContentFixture.draftJson(title, "BODY").replace("\"BODY\"", Json.quoted(body));
        String slug = ContentFixture.publishDraft(json);

        browser().addScriptToEveryPage(PROBE);
        browser().open("/tin/" + slug);
        assertEquals(title, browser().find(By.id("item-title")).getText());
        JavascriptExecutor js = (JavascriptExecutor) browser().driver();
        Await.until("every image of the page to load or fail", () -> js.executeScript(
                "return document.readyState === 'complete' && Array.from(document.images).every(function (i) { return i.complete; });"),
                Boolean.TRUE::equals, Duration.ofSeconds(20));
        browser().screenshot("public-item-xss-corpus");

        assertTrue(browser().driver().getCurrentUrl().endsWith("/tin/" + slug), "the page did not navigate away");
        assertTrue(browser().find(By.id("item-body")).getText().contains("Hết bộ thử XSS."));
        assertFalse(alertOpen(), "an alert is open");
        assertEquals(0L, js.executeScript("""
                return Array.from(document.querySelectorAll('#item-body *')).filter(function (e) {
                    var link = (e.getAttribute('href') || e.getAttribute('xlink:href') || e.getAttribute('action') || '').trim();
                    var source = (e.getAttribute('src') || '').trim();
                    return /^(javascript|vbscript|data):/i.test(link) || /^(javascript|vbscript):/i.test(source);
                }).length;"""),
                "links or sources that would run a script when followed");
        assertEquals(Boolean.TRUE, js.executeScript("return window.__cspViolations !== undefined && String(window.alert).indexOf('__xss') >= 0"),
                "the probe watches this page");
        assertEquals(null, js.executeScript("return window.__xss === undefined ? null : window.__xss;"), "calls of alert/confirm/prompt");
        assertEquals("https://anh.example/hoi-nghi.jpg", js.executeScript(
                "return document.querySelector('#item-body img[alt=\"Ảnh qua http\"]').getAttribute('src');"),
                "a picture from another site over http is upgraded to https");
        assertEquals(List.of(), js.executeScript("return window.__cspViolations;"), "Content-Security-Policy violations");
    }

    private static boolean alertOpen() {
        try {
            browser().driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }
}
