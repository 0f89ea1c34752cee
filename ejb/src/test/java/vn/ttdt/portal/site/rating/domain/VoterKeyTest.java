package vn.ttdt.portal.site.rating.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class VoterKeyTest {

    private static final String CHROME = "Mozilla/5.0 Chrome/156";

    @Test
    void theSameBrowserOnTheSamePageAndDayHasTheSameKey() {
        assertEquals(VoterKey.of("salt-1", 1, RatingKind.ITEM, "tin-a", "203.0.113.7", CHROME),
                VoterKey.of("salt-1", 1, RatingKind.ITEM, "tin-a", "203.0.113.7", CHROME));
    }

    @Test
    void anotherDaysSaltAnotherPageOrAnotherBrowserGivesAnotherKey() {
        String key = VoterKey.of("salt-1", 1, RatingKind.ITEM, "tin-a", "203.0.113.7", CHROME);
        assertNotEquals(key, VoterKey.of("salt-2", 1, RatingKind.ITEM, "tin-a", "203.0.113.7", CHROME));
        assertNotEquals(key, VoterKey.of("salt-1", 1, RatingKind.ITEM, "tin-b", "203.0.113.7", CHROME));
        assertNotEquals(key, VoterKey.of("salt-1", 1, RatingKind.LEGAL_DOCUMENT, "tin-a", "203.0.113.7", CHROME));
        assertNotEquals(key, VoterKey.of("salt-1", 1, RatingKind.ITEM, "tin-a", "203.0.113.8", CHROME));
        assertNotEquals(key, VoterKey.of("salt-1", 1, RatingKind.ITEM, "tin-a", "203.0.113.7", "Firefox"));
    }

    @Test
    void theKeyIsADigestThatHoldsNoAddress() {
        String key = VoterKey.of("salt-1", 1, RatingKind.ITEM, "tin-a", "203.0.113.7", CHROME);
        assertEquals(64, key.length());
        assertFalse(key.contains("203"));
    }
}
