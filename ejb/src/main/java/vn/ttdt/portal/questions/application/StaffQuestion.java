package vn.ttdt.portal.questions.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A question as the board and the answering unit see it, with the asker's contact details; in the board's inbox of new
 * questions, the answered question it most likely repeats ({@code alreadyAnswered}, else null); the files attached to the answer.
 */
public record StaffQuestion(long id, String code, String state, String stateLabel, String field, String title, String text,
                            String askerName, String askerEmail, String askerPhone, String askerAddress, String publication,
                            Instant receivedAt, String spamReason, Long unitId, String unitName, String forwardNote,
                            LocalDate deadline, String extensionReason, String answer, String answeredBy,
                            String declineReason, String approvedBy, String attachmentName, int version,
                            AlreadyAnswered alreadyAnswered, List<AnswerFile> answerFiles) implements Serializable {

    /** An answered question a new one most likely repeats, with the share of syllable pairs in common in per cent. */
    public record AlreadyAnswered(long id, String code, String title, int percent) implements Serializable {
    }
}
