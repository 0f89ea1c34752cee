package vn.ttdt.portal.admin.questions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.questions.application.AttachmentStore;
import vn.ttdt.portal.questions.application.QuestionDesk;
import vn.ttdt.portal.questions.application.QuestionFile;
import vn.ttdt.portal.questions.application.StaffQuestion;

/**
 * A unit reporter's screen: the questions forwarded to their unit, each answered (a draft the board approves, with files
 * attached to it), declined
 * with a reason, or given one extension of its deadline. Another unit's questions never show; the rules are {@link QuestionDesk}'s.
 */
@Named("myQuestions")
@ViewScoped
public class MyQuestionsView implements Serializable {

    static final int MAX_EXTENSION_DAYS = 30;

    @Inject
    private QuestionDesk desk;

    @Inject
    private Feedback feedback;

    private PagedModel<StaffQuestion> model;
    private final ChosenQuestion chosen = new ChosenQuestion();
    private String answer;
    private String reason;
    private Integer workingDays;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> desk.forMyUnit(page), StaffQuestion::id);
    }

    public void select(StaffQuestion question) {
        chosen.choose(question);
        answer = question.answer();
        reason = null;
        workingDays = 5;
    }

    public void draftAnswer() {
        long id = chosen.id();
        String text = answer;
        ChosenQuestion.closeOnSuccess(feedback.attempt(() -> desk.draftAnswer(id, text), "questions.answerSaved"), "answerDialog");
    }

    /** Attaches an uploaded file to the chosen question's answer; the upload rules' refusal shows as a message. */
    public void attach(FileUploadEvent event) {
        long id = chosen.id();
        QuestionFile file = new QuestionFile(event.getFile().getFileName(), event.getFile().getContent());
        StaffQuestion result = feedback.attempt(() -> desk.attachToAnswer(id, file), "questions.fileAttached");
        if (result != null) {
            chosen.choose(result);
        }
    }

    public void detach(String key) {
        long id = chosen.id();
        StaffQuestion result = feedback.attempt(() -> desk.detachFromAnswer(id, key), "questions.fileDetached");
        if (result != null) {
            chosen.choose(result);
        }
    }

    public long getFileLimit() {
        return AttachmentStore.maxBytes();
    }

    public void decline() {
        long id = chosen.id();
        String given = reason;
        ChosenQuestion.closeOnSuccess(feedback.attempt(() -> desk.decline(id, given), "questions.declined"), "declineDialog");
    }

    public void extend() {
        if (workingDays == null || workingDays < 1 || workingDays > MAX_EXTENSION_DAYS) {
            feedback.reject("question.extensionDaysRange");
            return;
        }
        long id = chosen.id();
        int days = workingDays;
        String given = reason;
        ChosenQuestion.closeOnSuccess(feedback.attempt(() -> desk.extendDeadline(id, days, given), "questions.extended"), "extendDialog");
    }

    public PagedModel<StaffQuestion> getModel() { return model; }
    public StaffQuestion getSelected() { return chosen.question(desk::get); }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
}
