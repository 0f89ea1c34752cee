package vn.ttdt.portal.site.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.DailyKey;

class VisitorKeyTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Test
    void aReloadTheSameDayIsTheSameVisitor() {
        assertEquals(VisitorKey.of("muối-1", 1, "203.0.113.7", FIREFOX), VisitorKey.of("muối-1", 1, "203.0.113.7", FIREFOX));
    }

    @Test
    void anotherBrowserAddressSiteOrDayIsAnotherVisitor() {
        String key = VisitorKey.of("muối-1", 1, "203.0.113.7", FIREFOX);
        assertNotEquals(key, VisitorKey.of("muối-1", 1, "203.0.113.7", FIREFOX + " khác"));
        assertNotEquals(key, VisitorKey.of("muối-1", 1, "203.0.113.8", FIREFOX));
        assertNotEquals(key, VisitorKey.of("muối-1", 2, "203.0.113.7", FIREFOX));
        assertNotEquals(key, VisitorKey.of("muối-2", 1, "203.0.113.7", FIREFOX), "the next day's salt");
    }

    @Test
    void theKeyIsADigestThatHoldsNeitherTheAddressNorTheBrowser() {
        String key = VisitorKey.of("muối-1", 1, "203.0.113.7", FIREFOX);
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertFalse(key.contains("203") && key.contains("113"));
        assertFalse(key.contains("Firefox") || key.contains("Mozilla"));
    }

    @Test
    void itIsNotTheRatingsVoterKeyOfTheSameBrowser() {
        assertNotEquals(VisitorKey.of("muối-1", 1, "203.0.113.7", FIREFOX), DailyKey.of("muối-1", "1", "203.0.113.7", FIREFOX));
    }

    @Test
    void theDailyKeyIsTheSha256OfTheSaltAndPartsLineByLine() {
        assertEquals("009fa556751b7e96aae6f5d05d2fe3df806a6a1530e37d6a5f19a97166881340", DailyKey.of("s", "a"), "sha256sum of 's\\na'");
        assertEquals(DailyKey.of("s", "a", "b"), DailyKey.of("s", "a", "b"));
        assertNotEquals(DailyKey.of("s", "a", "b"), DailyKey.of("s", "ab"));
        assertEquals(DailyKey.of("s", "a", ""), DailyKey.of("s", "a", null), "a missing part counts as empty");
    }
}
