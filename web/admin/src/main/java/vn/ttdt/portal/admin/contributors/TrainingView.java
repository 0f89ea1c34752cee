package vn.ttdt.portal.admin.contributors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.contributors.application.ContributorChoice;
import vn.ttdt.portal.contributors.application.ContributorRegistry;
import vn.ttdt.portal.contributors.application.CourseDraft;
import vn.ttdt.portal.contributors.application.CourseSummary;
import vn.ttdt.portal.contributors.application.CourseView;
import vn.ttdt.portal.contributors.application.TrainingCourses;
import vn.ttdt.portal.contributors.domain.Evaluation;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * The writing-skills training courses screen (Tập huấn kỹ năng viết tin, bài): the courses of a year with their
 * attendance; a course in a dialog — its details, its participants chosen from the registry or typed in, with
 * attendance and evaluation — its materials uploaded through the upload checks, and each participant's works
 * published after it; deleting a course after confirmation.
 */
@Named("training")
@ViewScoped
public class TrainingView implements Serializable {

    @Inject
    private TrainingCourses courses;

    @Inject
    private ContributorRegistry registry;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private int year;
    private List<CourseSummary> rows = List.of();
    private List<ContributorChoice> choices = List.of();
    private CourseView course;
    private Long id;
    private Long version;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String place;
    private String trainer;
    private String audience;
    private String note;
    private List<ParticipantRow> participants = new ArrayList<>();
    private Long chosenContributor;
    private String materialTitle;

    @PostConstruct
    void init() {
        year = BusinessCalendar.dayOf(clock.instant()).getYear();
        List<ContributorChoice> found = feedback.attempt(registry::choices, null);
        choices = found == null ? List.of() : found;
    }

    public void show() {
        int chosen = year;
        List<CourseSummary> found = feedback.attempt(() -> courses.ofYear(chosen), null);
        rows = found == null ? List.of() : found;
    }

    public void startNew() {
        fill(null);
    }

    public void edit(CourseSummary summary) {
        fill(feedback.attempt(() -> courses.get(summary.id()), null));
    }

    public void addFromRegistry() {
        ContributorChoice choice = choices.stream().filter(c -> chosenContributor != null && c.id() == chosenContributor).findFirst().orElse(null);
        if (choice != null && participants.stream().noneMatch(p -> chosenContributor.equals(p.getContributorId()))) {
            ParticipantRow row = new ParticipantRow();
            row.setContributorId(choice.id());
            row.setName(choice.fullName());
            row.setAffiliation(choice.unitOrOccupation());
            participants.add(row);
        }
        chosenContributor = null;
    }

    public void addTyped() {
        participants.add(new ParticipantRow());
    }

    public void removeParticipant(int index) {
        participants.remove(index);
    }

    public void save() {
        CourseDraft draft = new CourseDraft(title, startsOn, endsOn, place, trainer, audience, note,
                participants.stream().map(ParticipantRow::toDraft).toList(), version);
        Long editing = id;
        CourseView saved = feedback.attempt(() -> courses.save(editing, draft), "training.saved");
        if (saved != null) {
            fill(saved);
            show();
        }
    }

    public void delete(CourseSummary summary) {
        if (feedback.done(() -> courses.delete(summary.id()), "training.deleted")) {
            show();
        }
    }

    /** A material for the course being edited (saved first): a document or picture, checked like every upload. */
    public void uploadMaterial(FileUploadEvent event) {
        if (id == null) {
            feedback.reject("trainingCourse.material.saveFirst");
            return;
        }
        long courseId = id;
        String named = materialTitle;
        CourseView saved = feedback.attempt(() -> courses.addMaterial(courseId, named, event.getFile().getFileName(),
                event.getFile().getContent()), "training.materialAdded");
        if (saved != null) {
            course = saved;
            version = saved.version();
            materialTitle = null;
        }
    }

    /** Takes the material at {@code position} off the course being edited, after the confirmation. */
    public void removeMaterial(int position) {
        if (id == null) {
            return;
        }
        long courseId = id;
        CourseView saved = feedback.attempt(() -> courses.removeMaterial(courseId, position), "training.materialRemoved");
        if (saved != null) {
            course = saved;
            version = saved.version();
        }
    }

    private void fill(CourseView view) {
        course = view;
        id = view == null ? null : view.id();
        version = view == null ? null : view.version();
        title = view == null ? null : view.title();
        startsOn = view == null ? null : view.startsOn();
        endsOn = view == null ? null : view.endsOn();
        place = view == null ? null : view.place();
        trainer = view == null ? null : view.trainer();
        audience = view == null ? null : view.audience();
        note = view == null ? null : view.note();
        participants = view == null ? new ArrayList<>() : new ArrayList<>(view.participants().stream().map(ParticipantRow::of).toList());
    }

    public Evaluation[] getEvaluations() { return Evaluation.values(); }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<CourseSummary> getRows() { return rows; }
    public List<ContributorChoice> getChoices() { return choices; }
    public CourseView getCourse() { return course; }
    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTrainer() { return trainer; }
    public void setTrainer(String trainer) { this.trainer = trainer; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<ParticipantRow> getParticipants() { return participants; }
    public Long getChosenContributor() { return chosenContributor; }
    public void setChosenContributor(Long chosenContributor) { this.chosenContributor = chosenContributor; }
    public String getMaterialTitle() { return materialTitle; }
    public void setMaterialTitle(String materialTitle) { this.materialTitle = materialTitle; }
}
