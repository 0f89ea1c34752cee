package vn.ttdt.portal.site.questions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.ttdt.portal.questions.application.PublicQuestions;
import vn.ttdt.portal.questions.application.QuestionRequest;
import vn.ttdt.portal.questions.domain.Publication;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.shared.application.DomainTexts;

/**
 * The question form of one request: what the visitor typed (shown back when something is refused),
 * the reasons of a refusal, a fresh ticket, and the tracking code once the question is taken.
 * Filled by {@link QuestionsServlet}; never kept beyond the request and never cached.
 */
@Named("askForm")
@RequestScoped
public class AskForm {

    /** A choice of a select list: its value and Vietnamese label. */
    public record Choice(String value, String label) {
    }

    private QuestionRequest input = new QuestionRequest(null, null, null, null, null, null, null, null);
    private List<String> refusals = new ArrayList<>();
    private FormTicket.Issued ticket;
    private String trackingCode;

    public List<Choice> getFields() {
        return Arrays.stream(QuestionField.values()).map(f -> new Choice(f.name(), PublicQuestions.fieldLabel(f))).toList();
    }

    public List<Choice> getPublications() {
        return Arrays.stream(Publication.values())
                .map(p -> new Choice(p.name(), DomainTexts.text("question.publication." + p.name()))).toList();
    }

    public QuestionRequest getInput() { return input; }
    public void setInput(QuestionRequest input) { this.input = input; }
    public List<String> getRefusals() { return refusals; }
    public void refuse(List<String> reasons) { refusals.addAll(reasons); }
    public FormTicket.Issued getTicket() { return ticket; }
    public void setTicket(FormTicket.Issued ticket) { this.ticket = ticket; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
    public boolean isTaken() { return trackingCode != null; }
}
