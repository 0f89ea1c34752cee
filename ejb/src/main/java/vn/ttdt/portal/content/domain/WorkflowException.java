package vn.ttdt.portal.content.domain;

import jakarta.ejb.ApplicationException;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/** A workflow step the user may not take, or may take only with a comment. */
@ApplicationException(rollback = true)
public class WorkflowException extends BusinessRuleException {

    public static final String NOT_ALLOWED = "workflow.notAllowed";
    public static final String COMMENT_REQUIRED = "workflow.commentRequired";

    public WorkflowException(String messageKey, String logMessage) {
        super(messageKey, logMessage);
    }

    public boolean isRefusal() {
        return NOT_ALLOWED.equals(messageKey());
    }
}
