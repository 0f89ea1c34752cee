package vn.ttdt.portal.content.media.domain;

import jakarta.ejb.ApplicationException;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/** An upload the portal will not keep; {@link #messageKey()} tells the person why, in Vietnamese. */
@ApplicationException(rollback = true)
public class MediaRefused extends BusinessRuleException {

    public MediaRefused(String messageKey, String logMessage) {
        super(messageKey, logMessage);
    }
}
