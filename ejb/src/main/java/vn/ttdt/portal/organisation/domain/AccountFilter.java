package vn.ttdt.portal.organisation.domain;

/** Criteria for listing accounts; null fields do not filter. Text matches login, name or e-mail. */
public record AccountFilter(String text, Role role, Long unitId, Boolean active) {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null);
    }
}
