package vn.ttdt.portal.procedures.domain;

/** How much of a procedure the province's online public-service portal handles: all of it, or part (the result is collected in person). */
public enum OnlineLevel {
    FULL, PARTIAL;

    public String labelKey() {
        return "procedure.online." + name();
    }
}
