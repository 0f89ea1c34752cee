package vn.ttdt.portal.content.media.infrastructure.imaging;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.ttdt.portal.content.media.domain.MediaRefused;
import vn.ttdt.portal.shared.application.Settings;

/**
 * How many images may be decoded and rendered at the same time: each holds up to tens of megabytes of
 * pixels, so a burst of uploads must queue rather than exhaust the heap. A decode waits for a free
 * slot at most the configured time, then is refused with a message asking to try again later.
 * Server-wide: {@code -Dportal.media.concurrent-decodes} (default 2) and
 * {@code -Dportal.media.decode-wait-ms} (default 20000).
 */
public final class DecodeSlots {

    static final DecodeSlots SERVER = new DecodeSlots(Settings.integer("portal.media.concurrent-decodes", 2),
            Duration.ofMillis(Settings.integer("portal.media.decode-wait-ms", 20_000)));

    private final Semaphore slots;
    private final long waitNanos;

    public DecodeSlots(int slots, Duration wait) {
        this.slots = new Semaphore(Math.max(1, slots), true);
        this.waitNanos = wait.toNanos();
    }

    /** Runs the work in a free slot, after waiting for one if needed; refused when none frees in time. */
    public <T> T run(Callable<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new MediaRefused("media.busy", "no free image decoding slot");
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            slots.release();
        }
    }

    /** How many decodes wait for a slot right now. */
    public int waiting() {
        return slots.getQueueLength();
    }
}
