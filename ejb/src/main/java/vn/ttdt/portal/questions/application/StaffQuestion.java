package vn.ttdt.portal.questions.application;

import java.time.Instant;
import java.time.LocalDate;

/** A question as the board and the answering unit see it, with the asker's contact details. */
public record StaffQuestion(long id, String code, String state, String stateLabel, String field, String title, String text,
                            String askerName, String askerEmail, String askerPhone, String askerAddress, String publication,
                            Instant receivedAt, String spamReason, Long unitId, String unitName, String forwardNote,
                            LocalDate deadline, String extensionReason, String answer, String answeredBy,
                            String declineReason, String approvedBy, int version) {
}
