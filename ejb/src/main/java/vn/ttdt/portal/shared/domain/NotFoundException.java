package vn.ttdt.portal.shared.domain;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
