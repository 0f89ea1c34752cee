package vn.ttdt.portal.shared.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which incoming request ids are kept, and what replaces the others. */
class RequestIdFilterTest {

    @Test
    void aSaneIncomingIdIsKept() {
        for (String sane : List.of("f47ac10b-58cc-4372-a567-0e02b2c3d479", "nginx.1733456.42", "a", "x".repeat(64), "req:01_AB")) {
            assertEquals(sane, RequestIdFilter.idFor(sane));
        }
    }

    @Test
    void aMissingTooLongOrOddIdIsReplacedByANewOne() {
        for (String odd : List.of("", "x".repeat(65), "abc\tdef", "abc\r\nX-Forged: 1", "id with spaces", "mã-số", "a\u0000b", "<script>")) {
            String id = RequestIdFilter.idFor(odd);
            assertNotEquals(odd, id);
            assertTrue(id.matches("[0-9a-f]{32}"), id);
        }
        assertTrue(RequestIdFilter.idFor(null).matches("[0-9a-f]{32}"));
        assertNotEquals(RequestIdFilter.idFor(null), RequestIdFilter.idFor(null));
    }
}
