package vn.ttdt.portal.questions.domain;

import jakarta.ejb.ApplicationException;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/** A step the question's lifecycle does not allow, or one taken without what it needs. */
@ApplicationException(rollback = true)
public class QuestionException extends BusinessRuleException {

    public static final String NOT_ALLOWED = "question.notAllowed";
    public static final String REASON_REQUIRED = "question.reasonRequired";
    public static final String ANSWER_REQUIRED = "question.answerRequired";
    public static final String EXTENDED_ALREADY = "question.extendedAlready";
    public static final String EXTENSION_NOT_LATER = "question.extensionNotLater";
    public static final String NO_CONSENT = "question.noConsent";
    public static final String PERIOD_INVALID = "question.periodInvalid";
    public static final String TOO_MANY_FILES = "question.answerFiles.tooMany";

    public QuestionException(String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
    }
}
