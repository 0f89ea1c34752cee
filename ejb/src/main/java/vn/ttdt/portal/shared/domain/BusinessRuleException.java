package vn.ttdt.portal.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a business rule. {@link #messageKey()} names the user-facing text in the
 * resource bundles; the exception message is for logs.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;

    public BusinessRuleException(String messageKey, String logMessage) {
        super(logMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
