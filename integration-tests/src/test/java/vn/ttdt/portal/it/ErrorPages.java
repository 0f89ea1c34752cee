package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What every error answer must be: the portal's own page or JSON, in Vietnamese, never an internal detail. */
final class ErrorPages {

    private static final List<String> INTERNALS = List.of("Exception", "exception", "EclipseLink", "SELECT ", "Stack", " at ",
            "java.", "jakarta.", "vn.ttdt", "Undertow", "WildFly", "IJ0");

    private ErrorPages() {
    }

    static void assertNoInternals(String body) {
        for (String internal : INTERNALS) {
            assertFalse(body.contains(internal), "an error answer shows \"" + internal + "\": " + body);
        }
    }

    /** The public site's static error page {@code title}: Vietnamese, with header, navigation, search box and footer. */
    static void assertPortalPage(String body, String title) {
        for (String part : List.of("lang=\"vi\"", "class=\"site-header\"", "class=\"site-nav\"", "id=\"site-search-q\"",
                "class=\"site-footer\"", "<h1 id=\"error-title\">" + title + "</h1>")) {
            assertTrue(body.contains(part), "the error page lacks " + part + ": " + body);
        }
        assertNoInternals(body);
    }

    /** The back-office's static error page {@code title}. */
    static void assertBackOfficePage(String body, String title) {
        assertTrue(body.contains("lang=\"vi\"") && body.contains("<h1 id=\"error-title\">" + title + "</h1>")
                && body.contains("href=\"/admin/\""), "not the back-office's error page " + title + ": " + body);
        assertNoInternals(body);
    }
}
