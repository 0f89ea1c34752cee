package vn.ttdt.portal.contributors.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.contributors.domain.Evaluation;

/**
 * A training course with its participants — each with the works they published after the course, when they are in
 * the registry — and its materials.
 */
public record CourseView(long id, String title, LocalDate startsOn, LocalDate endsOn, String place, String trainer,
                         String audience, String note, List<Attendee> participants, List<Material> materials, long version)
                                 implements Serializable {

    public CourseView {
        participants = List.copyOf(participants);
        materials = List.copyOf(materials);
    }

    /** A participant; {@code worksAfter} null for somebody outside the registry (their works are not known). */
    public record Attendee(Long contributorId, String name, String affiliation, boolean attended, Evaluation evaluation,
                           String remark, Long worksAfter, List<String> worksAfterTitles) implements Serializable {
    }

    /** A material: its position in the course, title, file name, format and size in bytes. */
    public record Material(int position, String title, String fileName, String format, long size) implements Serializable {
    }
}
