package vn.ttdt.portal.contributors.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.contributors.domain.CourseDetails;

/** A training course as the board enters it, with its participants; {@code version} null when new. */
public record CourseDraft(
        @NotBlank(message = "{trainingCourse.title.required}") @Size(max = 255, message = "{trainingCourse.title.size}") String title,
        @NotNull(message = "{trainingCourse.startsOn.required}") LocalDate startsOn,
        @NotNull(message = "{trainingCourse.endsOn.required}") LocalDate endsOn,
        @NotBlank(message = "{trainingCourse.place.required}") @Size(max = 255, message = "{trainingCourse.place.size}") String place,
        @NotBlank(message = "{trainingCourse.trainer.required}") @Size(max = 255, message = "{trainingCourse.trainer.size}") String trainer,
        @Size(max = 255, message = "{trainingCourse.audience.size}") String audience,
        @Size(max = 1000, message = "{trainingCourse.note.size}") String note,
        List<@Valid @NotNull ParticipantDraft> participants,
        Long version) {

    CourseDetails details() {
        return new CourseDetails(title, startsOn, endsOn, place, trainer, audience, note);
    }
}
