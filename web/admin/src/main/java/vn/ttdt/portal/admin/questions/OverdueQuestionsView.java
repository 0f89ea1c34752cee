package vn.ttdt.portal.admin.questions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.questions.application.OverdueQuestion;
import vn.ttdt.portal.questions.application.QuestionDesk;

/** The board's list of forwarded questions their units have not answered by the deadline, the most late first. */
@Named("overdueQuestions")
@ViewScoped
public class OverdueQuestionsView implements Serializable {

    @Inject
    private QuestionDesk desk;

    private PagedModel<OverdueQuestion> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> desk.overdue(page), OverdueQuestion::id);
    }

    public PagedModel<OverdueQuestion> getModel() { return model; }
}
