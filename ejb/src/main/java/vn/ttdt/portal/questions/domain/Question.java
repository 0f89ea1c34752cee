package vn.ttdt.portal.questions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.Unit;

/**
 * A question, opinion or petition (hỏi đáp, phản ánh kiến nghị) a citizen or business sent through the
 * public site, followed by its tracking code.
 * <p>
 * Lifecycle: <em>received</em>; the board either marks it <em>spam</em> (kept with the reason, never
 * deleted) or <em>forwards</em> it to the responsible unit with a deadline in working days and a note.
 * The unit may extend that deadline once, with a reason; it drafts an answer (and may redraft it) or
 * <em>declines</em> with a reason (outside its competence, unlawful or abusive content). The board
 * <em>approves</em> the answer, possibly edited, then <em>publishes</em> it when the asker consented,
 * or <em>sends it privately</em> to the asker. The asker's contact details are never published.
 * <p>
 * While it drafts, the unit may attach up to {@value #ANSWER_FILES_MAX} files to its answer (and take them off again);
 * they go with the answer: published with it, or mailed with it to the asker.
 */
@Entity
@Table(name = "question")
public class Question extends SiteOwned {

    public static final int TITLE_MAX = 255;
    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 1000;
    public static final int ANSWER_FILES_MAX = 5;
    private static final Set<QuestionState> DRAFTING = EnumSet.of(QuestionState.FORWARDED, QuestionState.ANSWER_DRAFTED);

    @Column(name = "tracking_code", updatable = false)
    private String trackingCode;

    @Valid
    @Embedded
    private Asker asker;

    @NotNull
    @Enumerated(EnumType.STRING)
    private QuestionField field;

    @NotBlank(message = "{question.title.required}")
    @Size(max = TITLE_MAX, message = "{question.title.size}")
    private String title;

    @NotBlank(message = "{question.text.required}")
    @Size(max = TEXT_MAX, message = "{question.text.size}")
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Publication publication;

    @Enumerated(EnumType.STRING)
    private QuestionState state;

    @Column(name = "received_at", updatable = false)
    private Instant receivedAt;

    @Column(name = "spam_reason")
    private String spamReason;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "forward_note")
    private String forwardNote;

    @Column(name = "forwarded_at")
    private Instant forwardedAt;

    private LocalDate deadline;

    @Column(name = "extension_reason")
    private String extensionReason;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Embedded
    private Attachment attachment;

    @ElementCollection
    @CollectionTable(name = "question_answer_file", joinColumns = @JoinColumn(name = "question_id"))
    @OrderBy("name")
    private List<Attachment> answerFiles = new ArrayList<>();

    @Version
    private int version;

    protected Question() {
    }

    public Question(Site site, String trackingCode, Asker asker, QuestionField field, String title, String text,
                    Publication publication, Instant receivedAt) {
        super(site);
        this.trackingCode = trackingCode;
        this.asker = asker;
        this.field = field;
        this.title = title == null ? null : title.strip();
        this.text = text == null ? null : text.strip();
        this.publication = publication;
        this.receivedAt = receivedAt;
        this.state = QuestionState.RECEIVED;
    }

    /** The asker's file, given once when the question is received. */
    public void attach(Attachment file) {
        require(EnumSet.of(QuestionState.RECEIVED), "attach a file to");
        this.attachment = file;
    }

    /** The asker's file, if any (JPA gives an embeddable of empty columns as null). */
    public Optional<Attachment> attachment() {
        return Optional.ofNullable(attachment).filter(a -> a.getKey() != null);
    }

    /** A file the unit attaches to the answer it drafts. */
    public void attachToAnswer(Attachment file) {
        require(DRAFTING, "attach a file to the answer of");
        if (answerFiles.size() >= ANSWER_FILES_MAX) {
            throw new QuestionException(QuestionException.TOO_MANY_FILES, "question " + trackingCode + " has " + ANSWER_FILES_MAX + " answer files already",
                    ANSWER_FILES_MAX);
        }
        answerFiles.add(file);
    }

    /** Takes a file off the answer the unit drafts; the file taken off, empty when the answer has no file {@code key}. */
    public Optional<Attachment> detachFromAnswer(String key) {
        require(DRAFTING, "take a file off the answer of");
        Optional<Attachment> file = answerFile(key);
        file.ifPresent(answerFiles::remove);
        return file;
    }

    /** The files attached to the answer, by name. */
    public List<Attachment> answerFiles() {
        return List.copyOf(answerFiles);
    }

    public Optional<Attachment> answerFile(String key) {
        return answerFiles.stream().filter(file -> file.getKey().equals(key)).findFirst();
    }

    public void markSpam(String reason, Instant now) {
        require(EnumSet.of(QuestionState.RECEIVED), "mark as spam");
        this.spamReason = reason(reason);
        this.state = QuestionState.SPAM;
        this.closedAt = now;
    }

    /** Sends the question to {@code unit}, which must answer by the close of {@code deadline}. */
    public void forward(Unit unit, LocalDate deadline, String note, Instant now) {
        require(EnumSet.of(QuestionState.RECEIVED), "forward");
        this.unit = unit;
        this.deadline = deadline;
        this.forwardNote = note == null || note.isBlank() ? null : limited(note.strip());
        this.forwardedAt = now;
        this.state = QuestionState.FORWARDED;
    }

    /** Moves the deadline later, once for the question's whole life, with a reason. */
    public void extendDeadline(LocalDate newDeadline, String reason) {
        require(DRAFTING, "extend the deadline");
        if (extensionReason != null) {
            throw new QuestionException(QuestionException.EXTENDED_ALREADY, "question " + trackingCode + " was extended already");
        }
        if (newDeadline == null || !newDeadline.isAfter(deadline)) {
            throw new QuestionException(QuestionException.EXTENSION_NOT_LATER, "an extension must end after " + deadline);
        }
        this.extensionReason = reason(reason);
        this.deadline = newDeadline;
    }

    /** The unit's answer, which it may rewrite until the board approves it. */
    public void draftAnswer(String answer, String by, Instant now) {
        require(DRAFTING, "draft an answer");
        this.answer = answerText(answer);
        this.answeredBy = by;
        this.answeredAt = now;
        this.state = QuestionState.ANSWER_DRAFTED;
    }

    public void decline(String reason, String by, Instant now) {
        require(DRAFTING, "decline");
        this.declineReason = reason(reason);
        this.answeredBy = by;
        this.answeredAt = now;
        this.closedAt = now;
        this.state = QuestionState.DECLINED;
    }

    /** The board accepts the drafted answer, as edited by it. */
    public void approve(String finalAnswer, String by) {
        require(EnumSet.of(QuestionState.ANSWER_DRAFTED), "approve");
        this.answer = answerText(finalAnswer);
        this.approvedBy = by;
        this.state = QuestionState.ANSWER_APPROVED;
    }

    public void publish(Instant now) {
        require(EnumSet.of(QuestionState.ANSWER_APPROVED), "publish");
        if (publication == Publication.PRIVATE) {
            throw new QuestionException(QuestionException.NO_CONSENT, "the asker of " + trackingCode + " did not consent to publication");
        }
        this.closedAt = now;
        this.state = QuestionState.PUBLISHED;
    }

    public void sendPrivately(Instant now) {
        require(EnumSet.of(QuestionState.ANSWER_APPROVED), "send privately");
        this.closedAt = now;
        this.state = QuestionState.SENT_PRIVATELY;
    }

    /** Whether {@code unit} is the one the question was forwarded to (its reporter may see and answer it). */
    public boolean isForwardedTo(Unit unit) {
        return this.unit != null && unit != null && this.unit.getId() != null && this.unit.getId().equals(unit.getId());
    }

    /** The name the public may see: only when the asker allowed it. */
    public String publicAskerName() {
        return publication == Publication.WITH_NAME ? asker.getName() : null;
    }

    public boolean isPublished() {
        return state == QuestionState.PUBLISHED;
    }

    private void require(Set<QuestionState> from, String step) {
        if (!from.contains(state)) {
            throw new QuestionException(QuestionException.NOT_ALLOWED, "cannot " + step + " question " + trackingCode + " in state " + state);
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new QuestionException(QuestionException.REASON_REQUIRED, "a reason is required");
        }
        return limited(reason.strip());
    }

    private static String limited(String text) {
        return text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
    }

    private static String answerText(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new QuestionException(QuestionException.ANSWER_REQUIRED, "an answer is required");
        }
        return answer.strip();
    }

    public String getTrackingCode() { return trackingCode; }
    public Asker getAsker() { return asker; }
    public QuestionField getField() { return field; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public Publication getPublication() { return publication; }
    public QuestionState getState() { return state; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getSpamReason() { return spamReason; }
    public Unit getUnit() { return unit; }
    public String getForwardNote() { return forwardNote; }
    public Instant getForwardedAt() { return forwardedAt; }
    public LocalDate getDeadline() { return deadline; }
    public String getExtensionReason() { return extensionReason; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getDeclineReason() { return declineReason; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getClosedAt() { return closedAt; }
    public int getVersion() { return version; }
}
