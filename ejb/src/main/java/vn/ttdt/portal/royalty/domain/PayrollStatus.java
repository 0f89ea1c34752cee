package vn.ttdt.portal.royalty.domain;

/** A payroll is a draft until finance approves it; approved it is locked; then it is paid. */
public enum PayrollStatus {
    DRAFT,
    APPROVED,
    PAID;

    public String labelKey() {
        return "payrollStatus." + name();
    }
}
