package vn.ttdt.portal.contributors.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.application.PublishedAuthorship;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.contributors.domain.Contributor;
import vn.ttdt.portal.contributors.domain.ContributorRepository;
import vn.ttdt.portal.contributors.domain.CourseMaterial;
import vn.ttdt.portal.contributors.domain.Participant;
import vn.ttdt.portal.contributors.domain.TrainingCourse;
import vn.ttdt.portal.contributors.domain.TrainingCourseRepository;
import vn.ttdt.portal.contributors.domain.YearOfWorks;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * The editorial board's writing-skills training courses: the courses of a year (for the yearly report), a course with
 * its participants — for each one from the registry, the works they published after the course — and its materials
 * (files through the upload checks); entering, changing and deleting a course. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class TrainingCourses {

    @Inject
    private TrainingCourseRepository courses;

    @Inject
    private ContributorRepository contributors;

    @Inject
    private PublishedAuthorship authorship;

    @Inject
    private MediaService mediaService;

    @Inject
    private MediaRepository media;

    @Inject
    private MediaFiles files;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public List<CourseSummary> ofYear(int year) {
        return courses.startingIn(sites.current(), year).stream()
                .map(c -> new CourseSummary(c.getId(), c.getTitle(), c.getStartsOn(), c.getEndsOn(), c.getPlace(), c.getTrainer(),
                        c.getAudience(), c.getParticipants().size(), c.attendance()))
                .toList();
    }

    public CourseView get(long id) {
        return view(find(id, null));
    }

    /** Enters a course ({@code id} null) or changes one at the draft's version, its participants replaced by the draft's. */
    public CourseView save(Long id, @NotNull @Valid CourseDraft draft) {
        Instant now = clock.instant();
        TrainingCourse course = id == null ? new TrainingCourse(sites.current(), now) : find(id, draft.version());
        course.describe(draft.details(), now);
        course.enrol(participants(draft), now);
        if (id == null) {
            courses.add(course);
        }
        record(AuditAction.TRAINING_COURSE_SAVED, course, describe(course));
        return view(course);
    }

    public void delete(long id) {
        TrainingCourse course = find(id, null);
        courses.remove(course);
        record(AuditAction.TRAINING_COURSE_DELETED, course, describe(course));
    }

    /** Hands out a file at the course: a document or picture, checked by its bytes like every upload. */
    public CourseView addMaterial(long id, String title, String fileName, @NotNull byte[] bytes) {
        TrainingCourse course = find(id, null);
        Media file = media.byId(course.getSite(), mediaService.upload(fileName, bytes).id()).orElseThrow();
        course.handOut(new CourseMaterial(file, title), clock.instant());
        record(AuditAction.TRAINING_MATERIAL_ADDED, course, course.getTitle() + " + " + file.getOriginalName());
        return view(course);
    }

    /** Takes a material off the course (its file stays in the media library); the later materials move up by one. */
    public CourseView removeMaterial(long id, int position) {
        TrainingCourse course = find(id, null);
        CourseMaterial removed = course.withdrawMaterial(position, clock.instant())
                .orElseThrow(() -> new NotFoundException("training material", position));
        record(AuditAction.TRAINING_MATERIAL_REMOVED, course, course.getTitle() + " − " + removed.getMedia().getOriginalName());
        return view(course);
    }

    public MaterialFile material(long id, int position) {
        List<CourseMaterial> materials = find(id, null).getMaterials();
        if (position < 1 || position > materials.size()) {
            throw new NotFoundException("training material", position);
        }
        Media file = materials.get(position - 1).getMedia();
        return new MaterialFile(file.getOriginalName(), file.getFormat().contentType(),
                files.original(file.getKey(), file.getFormat()).orElseThrow(() -> new NotFoundException("training material file", position)));
    }

    private List<Participant> participants(CourseDraft draft) {
        List<Participant> people = new ArrayList<>();
        for (ParticipantDraft p : draft.participants() == null ? List.<ParticipantDraft>of() : draft.participants()) {
            String name = p.name();
            if (p.contributorId() != null) {
                Contributor contributor = contributors.byId(sites.current(), p.contributorId())
                        .orElseThrow(() -> new BusinessRuleException("trainingCourse.participant.unknownContributor",
                                "no contributor " + p.contributorId()));
                name = name == null || name.isBlank() ? contributor.getFullName() : name;
            }
            if (name == null || name.isBlank()) {
                throw new BusinessRuleException("trainingParticipant.name.required", "participant without name");
            }
            people.add(new Participant(p.contributorId(), name, p.affiliation(), p.attended(), p.evaluation(), p.remark()));
        }
        return people;
    }

    private CourseView view(TrainingCourse course) {
        Map<Integer, List<YearOfWorks.Credit>> creditsByYear = new HashMap<>();
        List<CourseView.Attendee> attendees = new ArrayList<>();
        for (Participant p : course.getParticipants()) {
            Contributor contributor = p.getContributorId() == null ? null
                    : contributors.byId(sites.current(), p.getContributorId()).orElse(null);
            List<String> after = contributor == null ? null : worksAfter(contributor, course.getEndsOn(), creditsByYear);
            attendees.add(new CourseView.Attendee(p.getContributorId(), p.getName(), p.getAffiliation(), p.isAttended(),
                    p.getEvaluation(), p.getRemark(), after == null ? null : (long) after.size(), after == null ? List.of() : after));
        }
        List<CourseView.Material> materials = new ArrayList<>();
        int position = 1;
        for (CourseMaterial m : course.getMaterials()) {
            materials.add(new CourseView.Material(position++, m.getTitle(), m.getMedia().getOriginalName(), m.getMedia().getFormat().name(),
                    m.getMedia().getSize()));
        }
        return new CourseView(course.getId(), course.getTitle(), course.getStartsOn(), course.getEndsOn(), course.getPlace(),
                course.getTrainer(), course.getAudience(), course.getNote(), attendees, materials, course.getVersion());
    }

    /** The titles of the works the contributor published after the course's last day, up to today. */
    private List<String> worksAfter(Contributor contributor, LocalDate endsOn, Map<Integer, List<YearOfWorks.Credit>> creditsByYear) {
        List<String> titles = new ArrayList<>();
        int thisYear = BusinessCalendar.dayOf(clock.instant()).getYear();
        for (int year = endsOn.getYear(); year <= thisYear; year++) {
            List<YearOfWorks.Credit> credits = creditsByYear.computeIfAbsent(year, y -> Credits.ofYear(authorship, y));
            YearOfWorks.of(contributor, year, credits).works().stream()
                    .filter(w -> w.publishedOn().isAfter(endsOn)).forEach(w -> titles.add(w.title()));
        }
        return titles;
    }

    private TrainingCourse find(long id, Long version) {
        TrainingCourse course = courses.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("training-course", id));
        StaleDataException.check("training-course", id, version, course.getVersion());
        return course;
    }

    private static String describe(TrainingCourse c) {
        return c.getTitle() + " " + c.getStartsOn() + "–" + c.getEndsOn() + ", " + c.getPlace() + ", " + c.getParticipants().size()
                + " participants, " + c.attendance() + " attended";
    }

    private void record(AuditAction action, TrainingCourse course, String details) {
        audit.record(caller.getCallerPrincipal().getName(), action, "training-course", course.getId(), details, origin.remoteAddress());
    }
}
