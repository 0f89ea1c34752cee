package vn.ttdt.portal.shared.application;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

/**
 * Tells a database that cannot be reached (stopped, restarting, network cut, no connection to be had from the
 * pool) from every other failure: anywhere in the chain of causes, a connection-class SQL state ({@code 08…}), a
 * JDBC connection exception, a refused socket or the pool's own failure to hand out a connection. Also tells a
 * transaction MariaDB rolled back to break a deadlock.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean unreachable(Throwable failure) {
        return anyCause(failure, current -> current instanceof SQLNonTransientConnectionException
                || current instanceof SQLTransientConnectionException || current instanceof ConnectException
                || current instanceof ResourceException
                || current instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
    }

    /** Whether MariaDB ended the transaction to break a deadlock (SQL state {@code 40001}) anywhere in the chain. */
    public static boolean deadlock(Throwable failure) {
        return anyCause(failure, current -> current instanceof SQLException sql && "40001".equals(sql.getSQLState()));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 30; depth++) {
            if (test.test(current)) {
                return true;
            }
            if (current.getCause() == current) {
                return false;
            }
            current = current.getCause();
        }
        return false;
    }
}
