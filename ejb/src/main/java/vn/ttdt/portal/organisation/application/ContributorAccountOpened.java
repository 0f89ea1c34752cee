package vn.ttdt.portal.organisation.application;

/**
 * An account was created with the contributor role, or was granted it, by {@code openedBy}; fired inside the
 * transaction that does it, so that the contributor registry can enter the account's owner in the same transaction.
 */
public record ContributorAccountOpened(long accountId, String openedBy) {
}
