package vn.ttdt.portal.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a business rule. {@link #messageKey()} names the user-facing text in the
 * resource bundles, {@link #arguments()} fill its {@code {0}}, {@code {1}}…; the exception message is for logs.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public BusinessRuleException(String messageKey, String logMessage, Object... arguments) {
        super(logMessage);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
