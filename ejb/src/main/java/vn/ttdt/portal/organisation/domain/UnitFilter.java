package vn.ttdt.portal.organisation.domain;

/** Criteria for listing units; null fields do not filter. Text matches name or short name. */
public record UnitFilter(String text, Long groupId, Boolean active) {

    public static UnitFilter none() {
        return new UnitFilter(null, null, null);
    }
}
