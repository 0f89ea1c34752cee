package vn.ttdt.portal.devserver;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** How the benchmarks wait for a job execution to end, whatever they ask for its batch status. */
final class JobEnd {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private JobEnd() {
    }

    /**
     * Polls every 50 ms until {@code statusOf} the answer is COMPLETED, and answers that last answer; fails when the job
     * ended FAILED, STOPPED or ABANDONED, or did not end within 10 minutes.
     */
    static <T> T awaitCompleted(Callable<T> poll, Function<T, String> statusOf) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            T answer = poll.call();
            String status = statusOf.apply(answer);
            switch (status) {
                case "COMPLETED" -> {
                    return answer;
                }
                case "FAILED", "STOPPED", "ABANDONED" -> throw new IllegalStateException("the job ended " + status);
                default -> Thread.sleep(50);
            }
        }
        throw new IllegalStateException("the job did not end within " + LIMIT.toMinutes() + " minutes");
    }
}
