package vn.ttdt.portal.royalty.domain;

/** Where a payee of an approved payroll stands: to be paid, paid, or carried over after failed contacts. */
public enum PayeeStatus {
    DUE,
    PAID,
    CARRIED_OVER;

    public String labelKey() {
        return "payeeStatus." + name();
    }
}
