package vn.ttdt.portal.admin.questions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.organisation.application.UnitService;
import vn.ttdt.portal.organisation.application.UnitSummary;
import vn.ttdt.portal.questions.application.QuestionDesk;
import vn.ttdt.portal.questions.application.StaffQuestion;
import vn.ttdt.portal.questions.domain.QuestionState;

/**
 * The board's questions screen: new questions marked spam (with a reason) or forwarded to a unit with a deadline in
 * working days and a note; drafted answers approved, possibly edited, by an approver; approved answers published or sent
 * privately to the asker. Every rule stays in {@link QuestionDesk}.
 */
@Named("questionInbox")
@ViewScoped
public class QuestionInboxView implements Serializable {

    static final int MAX_WORKING_DAYS = 60;
    private static final List<QuestionState> TABS = List.of(QuestionState.RECEIVED, QuestionState.FORWARDED,
            QuestionState.ANSWER_DRAFTED, QuestionState.ANSWER_APPROVED, QuestionState.DECLINED, QuestionState.SPAM,
            QuestionState.PUBLISHED, QuestionState.SENT_PRIVATELY);

    @Inject
    private QuestionDesk desk;

    @Inject
    private UnitService units;

    @Inject
    private Feedback feedback;

    private QuestionState state = QuestionState.RECEIVED;
    private PagedModel<StaffQuestion> model;
    private List<UnitSummary> activeUnits;
    private final ChosenQuestion chosen = new ChosenQuestion();
    private String reason;
    private Long unitId;
    private Integer workingDays;
    private String note;
    private String answer;

    @PostConstruct
    void init() {
        activeUnits = units.activeUnits();
        model = new PagedModel<>(page -> desk.inbox(state, page), StaffQuestion::id);
    }

    /** A new state shows its list from its first page: the page the table was on may not exist in the new list. */
    public void stateChanged() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("questions-form:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void select(StaffQuestion question) {
        chosen.choose(question);
        reason = null;
        unitId = null;
        workingDays = QuestionDesk.defaultDeadlineWorkingDays();
        note = null;
        answer = question.answer();
    }

    public void markSpam() {
        long id = chosen.id();
        String given = reason;
        ChosenQuestion.closeOnSuccess(feedback.attempt(() -> desk.markSpam(id, given), "questions.markedSpam"), "spamDialog");
    }

    public void forward() {
        if (unitId == null) {
            feedback.reject("question.unitRequired");
            return;
        }
        if (workingDays == null || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            feedback.reject("question.workingDaysRange");
            return;
        }
        long id = chosen.id();
        long unit = unitId;
        int days = workingDays;
        String given = note;
        ChosenQuestion.closeOnSuccess(feedback.attempt(() -> desk.forward(id, unit, days, given), "questions.forwarded"), "forwardDialog");
    }

    public void approve() {
        long id = chosen.id();
        String text = answer;
        ChosenQuestion.closeOnSuccess(feedback.attempt(() -> desk.approve(id, text), "questions.approved"), "approveDialog");
    }

    public void publish(StaffQuestion question) {
        feedback.attempt(() -> desk.publish(question.id()), "questions.published");
    }

    public void sendPrivately(StaffQuestion question) {
        feedback.attempt(() -> desk.sendPrivately(question.id()), "questions.sentPrivately");
    }

    public List<QuestionState> getStates() { return TABS; }
    public QuestionState getState() { return state; }
    public void setState(QuestionState state) { this.state = state == null ? QuestionState.RECEIVED : state; }
    public PagedModel<StaffQuestion> getModel() { return model; }
    public List<UnitSummary> getActiveUnits() { return activeUnits; }
    public StaffQuestion getSelected() { return chosen.question(desk::get); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
