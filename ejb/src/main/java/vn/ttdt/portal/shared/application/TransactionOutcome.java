package vn.ttdt.portal.shared.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntPredicate;

/**
 * Work outside the database that must follow the transaction's outcome: a file written for a record is taken back when
 * the record's transaction rolls back (whatever rolled it back, however late), a file of a record removed is deleted only
 * once the removal is committed.
 */
@ApplicationScoped
public class TransactionOutcome {

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry registry;

    /** Runs {@code undo} if the current transaction rolls back; never when there is none (nothing can roll back). */
    public void onRollback(Runnable undo) {
        if (active()) {
            registry.registerInterposedSynchronization(after(status -> status != Status.STATUS_COMMITTED, undo));
        }
    }

    /** Runs {@code work} once the current transaction is committed, at once when there is none, never on a rollback. */
    public void afterCommit(Runnable work) {
        if (active()) {
            registry.registerInterposedSynchronization(after(status -> status == Status.STATUS_COMMITTED, work));
        } else {
            work.run();
        }
    }

    private boolean active() {
        return registry.getTransactionStatus() == Status.STATUS_ACTIVE || registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
    }

    private static Synchronization after(IntPredicate when, Runnable work) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                /* nothing is decided yet */
            }

            @Override
            public void afterCompletion(int status) {
                if (when.test(status)) {
                    work.run();
                }
            }
        };
    }
}
