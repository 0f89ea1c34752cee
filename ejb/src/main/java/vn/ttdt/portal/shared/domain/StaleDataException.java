package vn.ttdt.portal.shared.domain;

import jakarta.ejb.ApplicationException;

/** The record was changed by someone else since the form showing it was opened. */
@ApplicationException(rollback = true)
public class StaleDataException extends RuntimeException {

    public StaleDataException(String what, Object id) {
        super(what + " " + id + " was changed concurrently");
    }

    /** Refuses a change made from an outdated copy; a null expected version means "not checked". */
    public static void check(String what, Object id, Long expectedVersion, long currentVersion) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new StaleDataException(what, id);
        }
    }
}
