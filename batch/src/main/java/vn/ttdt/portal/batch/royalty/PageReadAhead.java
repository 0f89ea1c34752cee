package vn.ttdt.portal.batch.royalty;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The next page of a paged read, read on another thread while the caller works on the page before it; at most one read
 * under way. A read runs in a transaction and on a connection of its own, which it gives back when it ends, so
 * {@link #discard} waits for a read under way to end: when a step ends, failed or stopped, nothing of it keeps running.
 */
final class PageReadAhead<T> {

    private static final Logger LOG = Logger.getLogger(PageReadAhead.class.getName());

    private final ExecutorService executor;
    private final Duration longestDiscardWait;
    private Future<List<T>> reading;

    PageReadAhead(ExecutorService executor, Duration longestDiscardWait) {
        this.executor = executor;
        this.longestDiscardWait = longestDiscardWait;
    }

    void start(Callable<List<T>> read) {
        if (reading != null) {
            throw new IllegalStateException("a page is being read already");
        }
        reading = executor.submit(read);
    }

    boolean isReading() {
        return reading != null;
    }

    /** The page, once read; the read's failure as the read threw it (a checked one wrapped). */
    List<T> take() {
        Future<List<T>> page = reading;
        reading = null;
        try {
            return page.get();
        } catch (InterruptedException e) {
            page.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the next page was read", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("reading the next page failed", e.getCause());
        }
    }

    /**
     * Drops the page being read, once its read has ended (its page and its failure are of no use any more); a read
     * still under way after the longest wait is interrupted.
     */
    void discard() {
        Future<List<T>> page = reading;
        reading = null;
        if (page == null) {
            return;
        }
        try {
            page.get(longestDiscardWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.log(Level.FINE, "a page read ahead and no longer needed failed", e.getCause());
        } catch (TimeoutException e) {
            page.cancel(true);
            LOG.warning(() -> "a page read ahead and no longer needed was still being read after " + longestDiscardWait
                    + ": interrupted");
        } catch (InterruptedException e) {
            page.cancel(true);
            Thread.currentThread().interrupt();
        }
    }
}
