package vn.ttdt.portal.shared.infrastructure.health;

/** The portal's own readiness checks, by the name each answers under at {@code /health/ready}. */
public enum ReadinessCheck {

    /** The database answers (as the watchdog of the EJB module's {@code DatabaseAvailability} last found it). */
    DATABASE("database"),

    /** Every schema migration of this build was applied at deployment. */
    MIGRATIONS("migrations"),

    /** This node's in-memory search indexes are built; until then searches read the database, only slower. */
    SEARCH_INDEX("search-index");

    private final String checkName;

    ReadinessCheck(String checkName) {
        this.checkName = checkName;
    }

    public String checkName() {
        return checkName;
    }
}
