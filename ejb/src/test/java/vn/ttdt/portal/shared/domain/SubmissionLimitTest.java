package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At most five questions an hour per address and per contact; a refused one counts against nobody; nodes sharing the
 * times count together.
 */
class SubmissionLimitTest {

    private static final Instant NOW = Instant.parse("2023-01-13T02:00:00Z");

    private final SubmissionLimit limit = new SubmissionLimit(5, Duration.ofHours(1), new LocalSubmissionTimes());

    @Test
    void theSixthQuestionWithinTheHourFromOneAddressIsRefused() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limit.admit(List.of("address:203.0.113.7", "email:a" + i + "@example.org"), NOW.plusSeconds(i)));
        }

        assertFalse(limit.admit(List.of("address:203.0.113.7", "email:new@example.org"), NOW.plusSeconds(60)));
        assertTrue(limit.admit(List.of("address:203.0.113.8", "email:new@example.org"), NOW.plusSeconds(60)));
    }

    @Test
    void oneContactIsLimitedAcrossAddresses() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limit.admit(List.of("address:198.51.100." + i, "phone:0912345678"), NOW));
        }

        assertFalse(limit.admit(List.of("address:198.51.100.99", "phone:0912345678"), NOW));
    }

    @Test
    void aRefusedSubmissionDoesNotCountAgainstItsOtherKeys() {
        for (int i = 0; i < 5; i++) {
            limit.admit(List.of("address:203.0.113.7"), NOW);
        }
        for (int i = 0; i < 10; i++) {
            assertFalse(limit.admit(List.of("address:203.0.113.7", "email:b@example.org"), NOW));
        }

        assertTrue(limit.admit(List.of("address:192.0.2.1", "email:b@example.org"), NOW));
    }

    @Test
    void theWindowMovesOn() {
        for (int i = 0; i < 5; i++) {
            limit.admit(List.of("address:203.0.113.7"), NOW);
        }

        assertFalse(limit.admit(List.of("address:203.0.113.7"), NOW.plus(Duration.ofMinutes(59))));
        assertTrue(limit.admit(List.of("address:203.0.113.7"), NOW.plus(Duration.ofMinutes(61))));
    }

    @Test
    void twoNodesSharingTheTimesCountEachOthersSubmissions() {
        SubmissionTimes shared = new LocalSubmissionTimes();
        SubmissionLimit nodeA = new SubmissionLimit(5, Duration.ofHours(1), shared);
        SubmissionLimit nodeB = new SubmissionLimit(5, Duration.ofHours(1), shared);
        for (int i = 0; i < 5; i++) {
            assertTrue((i % 2 == 0 ? nodeA : nodeB).admit(List.of("address:203.0.113.9"), NOW.plusSeconds(i)));
        }

        assertFalse(nodeA.admit(List.of("address:203.0.113.9"), NOW.plusSeconds(10)));
        assertFalse(nodeB.admit(List.of("address:203.0.113.9"), NOW.plusSeconds(10)));
    }

    @Test
    void theKeysAreHeldInOneOrderWhateverOrderTheyAreGivenIn() {
        List<String> held = new ArrayList<>();
        SubmissionTimes recording = new SubmissionTimes() {
            @Override
            public Deque<Instant> hold(String key) {
                held.add(key);
                return new ArrayDeque<>();
            }

            @Override
            public void keep(String key, Deque<Instant> times) {
            }

            @Override
            public void forgetIdleUpTo(Instant horizon) {
            }
        };

        new SubmissionLimit(5, Duration.ofHours(1), recording)
                .admit(List.of("phone:0912345678", "address:203.0.113.7", "email:a@example.org"), NOW);

        assertEquals(List.of("address:203.0.113.7", "email:a@example.org", "phone:0912345678"), held);
    }
}
