package vn.ttdt.portal.organisation.application;

/** Whether a sign-in attempt may go on to the password check, and if not, why. */
public enum SignInDecision {
    PROCEED,
    ACCOUNT_LOCKED,
    ADDRESS_THROTTLED
}
