package vn.ttdt.portal.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

class PublishedSnapshotsTest {

    private static final Instant NOON = Instant.parse("2026-12-06T05:00:00Z");

    private final PublishedContentGeneration generation = new PublishedContentGeneration(new PublishedGenerationLog() {
        @Override
        public long moved() {
            return 0;
        }

        @Override
        public long current() {
            return 0;
        }
    });
    private final AtomicInteger reads = new AtomicInteger();
    private Instant now = NOON;
    private final PublishedSnapshots snapshots = new PublishedSnapshots(generation, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private int read() {
        return snapshots.of("links", reads::incrementAndGet);
    }

    @Test
    void aSnapshotServesUntilPublishedContentChanges() {
        assertEquals(1, read());
        assertEquals(1, read());
        generation.changed(new PublishedContentChanged("a link added"));
        assertEquals(2, read());
        assertEquals(2, read());
    }

    @Test
    void aSnapshotServesAtMostItsTimeAndNeverForAnEarlierClock() {
        assertEquals(1, read());
        now = NOON.plus(PublishedSnapshots.AT_MOST).minusMillis(1);
        assertEquals(1, read());
        now = NOON.plus(PublishedSnapshots.AT_MOST);
        assertEquals(2, read(), "read again once its time is up");
        now = NOON.minus(Duration.ofDays(1));
        assertEquals(3, read(), "a clock set back does not take a snapshot read later");
    }

    @Test
    void keysAreKeptApart() {
        assertEquals("a", snapshots.of("one", () -> "a"));
        assertEquals("b", snapshots.of("two", () -> "b"));
        assertEquals("a", snapshots.of("one", () -> "changed"));
    }

    @Test
    void aValueReadWhileAChangeCommitsDoesNotStand() {
        PublishedSnapshots.Reading reading = snapshots.startReading();
        generation.changed(new PublishedContentChanged("a category renamed while the menu was written"));
        snapshots.keep("menu", reading, "the old menu");
        assertEquals(Optional.empty(), snapshots.standing("menu"));
        snapshots.keep("menu", snapshots.startReading(), "the new menu");
        assertEquals(Optional.of("the new menu"), snapshots.standing("menu"));
    }
}
