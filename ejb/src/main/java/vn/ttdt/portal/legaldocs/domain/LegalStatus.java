package vn.ttdt.portal.legaldocs.domain;

import java.time.LocalDate;

/**
 * Whether a legal document binds on a given day (tình trạng hiệu lực). It follows from the document's dates and
 * its replacement, never from a person's choice: not yet in force before the effective day, in force from it,
 * expired from the expiry day on, and replaced once another document replaces it.
 */
public enum LegalStatus {
    NOT_YET_IN_FORCE,
    IN_FORCE,
    EXPIRED,
    REPLACED;

    /** The status on {@code day} (a Vietnamese date) of a document with these dates; {@code expiresOn} may be null. */
    public static LegalStatus on(LocalDate day, LocalDate effectiveOn, LocalDate expiresOn, boolean replaced) {
        if (replaced) {
            return REPLACED;
        }
        if (day.isBefore(effectiveOn)) {
            return NOT_YET_IN_FORCE;
        }
        if (expiresOn != null && !day.isBefore(expiresOn)) {
            return EXPIRED;
        }
        return IN_FORCE;
    }

    /** Key of the status's label in the bundles. */
    public String labelKey() {
        return "legalStatus." + name();
    }
}
