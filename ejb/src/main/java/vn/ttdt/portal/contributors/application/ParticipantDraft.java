package vn.ttdt.portal.contributors.application;

import jakarta.validation.constraints.Size;
import vn.ttdt.portal.contributors.domain.Evaluation;

/**
 * A participant as entered: a contributor of the registry ({@code contributorId}; the name may then be left empty) or a
 * name typed in; unit or occupation, attendance, evaluation and remark.
 */
public record ParticipantDraft(
        Long contributorId,
        @Size(max = 120, message = "{trainingParticipant.name.size}") String name,
        @Size(max = 160, message = "{trainingParticipant.affiliation.size}") String affiliation,
        boolean attended,
        Evaluation evaluation,
        @Size(max = 500, message = "{trainingParticipant.remark.size}") String remark) {
}
