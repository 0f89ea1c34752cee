package vn.ttdt.portal.content.media.domain;

import jakarta.ejb.ApplicationException;

/** An upload over the size limit of its kind (images or documents). */
@ApplicationException(rollback = true)
public class MediaTooLarge extends MediaRefused {

    public MediaTooLarge(String messageKey, String logMessage) {
        super(messageKey, logMessage);
    }
}
