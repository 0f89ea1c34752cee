package vn.ttdt.portal.it;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Polls a condition (a job's status, a row in a table) until it holds or the time is up: soon at first (most hold
 * within tens of milliseconds), then less often, every {@link #SLOWEST} at most.
 */
public final class Await {

    private static final long FIRST = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long SLOWEST = TimeUnit.MILLISECONDS.toNanos(100);

    private Await() {
    }

    public static <T> T until(String what, Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        T last = probe.get();
        long pause = FIRST;
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(2 * pause, SLOWEST);
            last = probe.get();
        }
        return last;
    }
}
