package vn.ttdt.portal.shared.application;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;

/**
 * The failure that explains a refused call, found behind the container's wrappers: EJB exceptions (a
 * rolled-back transaction too, but not a refused access) and a persistence exception around a concurrent
 * change or broken constraints are taken off, however deeply nested. The back-office screens and the API
 * choose their message from what is left.
 */
public final class FailureCause {

    private FailureCause() {
    }

    /** The innermost meaningful failure of {@code failure}; {@code failure} itself when nothing wraps it. */
    public static Throwable of(Throwable failure) {
        Throwable current = failure;
        while (isWrapper(current) && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable failure) {
        if (failure instanceof EJBAccessException || failure instanceof OptimisticLockException) {
            return false;
        }
        return failure instanceof EJBException || failure instanceof PersistenceException
                && (failure.getCause() instanceof OptimisticLockException || failure.getCause() instanceof ConstraintViolationException);
    }
}
