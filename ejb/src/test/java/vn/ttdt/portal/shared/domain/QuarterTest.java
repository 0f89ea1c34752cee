package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void theBoundariesAreMidnightVietnamTime() {
        Quarter first = new Quarter(2023, 1);

        assertEquals(Instant.parse("2022-12-31T17:00:00Z"), first.start());
        assertEquals(Instant.parse("2023-03-31T17:00:00Z"), first.end());
    }

    @Test
    void halfPastElevenOnTheThirtyFirstOfMarchIsStillTheFirstQuarter() {
        Instant lateInMarch = Instant.parse("2023-03-31T16:30:00Z");
        Instant earlyInApril = Instant.parse("2023-03-31T17:10:00Z");

        assertEquals(new Quarter(2023, 1), Quarter.of(lateInMarch));
        assertTrue(new Quarter(2023, 1).contains(lateInMarch));
        assertEquals(new Quarter(2023, 2), Quarter.of(earlyInApril), "1/4 00:10 Vietnam time");
        assertFalse(new Quarter(2023, 1).contains(earlyInApril));
    }

    @Test
    void quartersAreOrderedByYearThenNumber() {
        assertTrue(new Quarter(2024, 1).isAfter(new Quarter(2023, 4)));
        assertTrue(new Quarter(2023, 2).compareTo(new Quarter(2023, 3)) < 0);
        assertFalse(new Quarter(2023, 3).isAfter(new Quarter(2023, 3)));
    }

    @Test
    void aFifthQuarterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2023, 5));
    }
}
