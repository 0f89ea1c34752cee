package vn.ttdt.portal.site.cache;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Renders of public pages take turns: at most {@code concurrent} run at once and the others wait in the order they
 * came. Without turns, fifty visitors' renders share the two cores all at once, so a page that costs three times
 * another also waits three times as long, and the slow tail grows with the crowd; in turns, every visitor waits for
 * the ones before and then gets the cores for its own page. Pages served from the cache never wait for a turn.
 * A render that cannot start within {@code wait} is refused ({@link Busy}): the visitor is told to come back rather
 * than kept waiting without end.
 */
final class RenderTurns {

    /** No turn came within the wait: the portal has more renders to do than it can start. */
    static final class Busy extends Exception {

        Busy() {
            super("no render turn within the wait", null, false, false);
        }
    }

    /** A render done in one's turn. */
    @FunctionalInterface
    interface Render<T> {
        T run() throws IOException, ServletException;
    }

    private final Semaphore turns;
    private final long waitNanos;

    RenderTurns(int concurrent, Duration wait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one render at a time: " + concurrent);
        }
        this.turns = new Semaphore(concurrent, true);
        this.waitNanos = wait.toNanos();
    }

    /** Runs the render once a turn is free (after those who came before), then gives the turn to the next one. */
    <T> T take(Render<T> render) throws IOException, ServletException, Busy {
        try {
            if (!turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return render.run();
        } finally {
            turns.release();
        }
    }

    /** How many renders wait for their turn right now (an estimate, for the metrics). */
    int waiting() {
        return turns.getQueueLength();
    }
}
