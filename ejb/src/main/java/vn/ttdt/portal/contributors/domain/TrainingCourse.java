package vn.ttdt.portal.contributors.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A writing-skills training course (lớp tập huấn kỹ năng viết tin, bài) the portal organises for its contributors:
 * title, the days it runs (the last not before the first), place, trainer, target audience; its participants —
 * from the registry or typed in — with their attendance and evaluation; the materials handed out. Courses are listed
 * per year for the portal's yearly report; a course entered by mistake may be deleted.
 */
@Entity
@Table(name = "training_course")
public class TrainingCourse extends SiteOwned {

    @NotBlank(message = "{trainingCourse.title.required}")
    @Size(max = 255, message = "{trainingCourse.title.size}")
    private String title;

    @NotNull(message = "{trainingCourse.startsOn.required}")
    @Column(name = "starts_on")
    private LocalDate startsOn;

    @NotNull(message = "{trainingCourse.endsOn.required}")
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @NotBlank(message = "{trainingCourse.place.required}")
    @Size(max = 255, message = "{trainingCourse.place.size}")
    private String place;

    @NotBlank(message = "{trainingCourse.trainer.required}")
    @Size(max = 255, message = "{trainingCourse.trainer.size}")
    private String trainer;

    @Size(max = 255, message = "{trainingCourse.audience.size}")
    private String audience;

    @Size(max = 1000, message = "{trainingCourse.note.size}")
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_participant", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_material", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<CourseMaterial> materials = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TrainingCourse() {
    }

    public TrainingCourse(Site site, Instant now) {
        super(site);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what the course is; refuses a last day before the first. */
    public void describe(CourseDetails details, Instant now) {
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new BusinessRuleException("trainingCourse.datesReversed", "course ends " + details.endsOn() + " before " + details.startsOn());
        }
        this.title = strip(details.title());
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.place = strip(details.place());
        this.trainer = strip(details.trainer());
        this.audience = strip(details.audience());
        this.note = strip(details.note());
        this.updatedAt = now;
    }

    /** Replaces the participants, their attendance and evaluations, in the order given. */
    public void enrol(List<Participant> people, Instant now) {
        participants.clear();
        participants.addAll(people);
        updatedAt = now;
    }

    public void handOut(CourseMaterial material, Instant now) {
        materials.add(material);
        updatedAt = now;
    }

    /** Takes back the material at {@code position} (from 1) and answers it; the positions after it move up by one. */
    public Optional<CourseMaterial> withdrawMaterial(int position, Instant now) {
        if (position < 1 || position > materials.size()) {
            return Optional.empty();
        }
        updatedAt = now;
        return Optional.of(materials.remove(position - 1));
    }

    public long attendance() {
        return participants.stream().filter(Participant::isAttended).count();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getTitle() { return title; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getPlace() { return place; }
    public String getTrainer() { return trainer; }
    public String getAudience() { return audience; }
    public String getNote() { return note; }
    public List<Participant> getParticipants() { return List.copyOf(participants); }
    public List<CourseMaterial> getMaterials() { return List.copyOf(materials); }
    public long getVersion() { return version; }
}
