package vn.ttdt.portal.shared.infrastructure;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import vn.ttdt.portal.shared.domain.SubmissionTimes;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * One limit's admitted times in {@code submission_window} (V37), one row per key, so that every node counts the
 * submissions the others admitted. Used inside a transaction of its own: {@link #hold} locks the key's row until the
 * admission commits, and the row is read with a locking read, which sees what the previous holder committed.
 */
final class SqlSubmissionTimes implements SubmissionTimes {

    private static final int SUBJECT_LENGTH = 190;

    /** Idle rows forgotten per admission at most. */
    private static final int FORGET_AT_ONCE = 20;

    private final Sql sql;
    private final String limitName;

    SqlSubmissionTimes(Sql sql, String limitName) {
        this.sql = sql;
        this.limitName = limitName;
    }

    @Override
    public Deque<Instant> hold(String key) {
        String subject = subject(key);
        sql.update("INSERT INTO submission_window (limit_name, subject, recent) VALUES (?, ?, '') "
                + "ON DUPLICATE KEY UPDATE subject = subject", List.of(limitName, subject));
        String recent = sql.first("SELECT recent FROM submission_window WHERE limit_name = ? AND subject = ? FOR UPDATE",
                List.of(limitName, subject), row -> row.getString("recent")).orElse("");
        return Arrays.stream(recent.split(" ")).filter(time -> !time.isEmpty()).map(Instant::parse)
                .collect(Collectors.toCollection(ArrayDeque::new));
    }

    @Override
    public void keep(String key, Deque<Instant> times) {
        String recent = times.stream().map(Instant::toString).collect(Collectors.joining(" "));
        sql.update("UPDATE submission_window SET recent = ?, last_at = ? WHERE limit_name = ? AND subject = ?",
                Arrays.asList(recent, times.peekLast(), limitName, subject(key)));
    }

    /**
     * Deletes a few idle rows, each by its key and only when no other admission holds it ({@code SKIP LOCKED}): this
     * admission then never waits for another while holding its own keys.
     */
    @Override
    public void forgetIdleUpTo(Instant horizon) {
        String idle = "limit_name = ? AND (last_at IS NULL OR last_at <= ?)";
        List<String> subjects = sql.list("SELECT subject FROM submission_window WHERE " + idle + " LIMIT " + FORGET_AT_ONCE,
                List.of(limitName, horizon), row -> row.getString("subject"));
        for (String subject : subjects) {
            boolean taken = sql.first("SELECT subject FROM submission_window WHERE subject = ? AND " + idle + " FOR UPDATE SKIP LOCKED",
                    List.of(subject, limitName, horizon), row -> row.getString("subject")).isPresent();
            if (taken) {
                sql.update("DELETE FROM submission_window WHERE limit_name = ? AND subject = ?", List.of(limitName, subject));
            }
        }
    }

    private static String subject(String key) {
        return key.length() <= SUBJECT_LENGTH ? key : key.substring(0, SUBJECT_LENGTH);
    }
}
