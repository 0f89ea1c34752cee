package vn.ttdt.portal.site.questions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.ttdt.portal.questions.application.PublicQuestions;
import vn.ttdt.portal.questions.application.PublishedQuestion;
import vn.ttdt.portal.questions.application.TrackedQuestion;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** The data of the published questions page and of the tracking page; loaded by view actions. */
@Named("questionPages")
@RequestScoped
public class QuestionPages {

    public static final int PAGE_SIZE = 10;

    @Inject
    private PublicQuestions questions;

    private String field;
    private int pageNumber = 1;
    private String code;
    private Page<PublishedQuestion> published = new Page<>(List.of(), 0);
    private TrackedQuestion tracked;

    public void loadPublished() {
        QuestionField chosen = chosenField();
        int page = Math.max(1, pageNumber);
        published = questions.published(chosen, new PageRequest((page - 1) * PAGE_SIZE, PAGE_SIZE, null, false));
    }

    public void loadTracked() {
        tracked = code == null || code.isBlank() ? null : questions.track(code).orElse(null);
    }

    private QuestionField chosenField() {
        return Arrays.stream(QuestionField.values()).filter(f -> f.name().equals(field)).findFirst().orElse(null);
    }

    public String getChosenFieldLabel() {
        QuestionField chosen = chosenField();
        return chosen == null ? null : PublicQuestions.fieldLabel(chosen);
    }

    public long getPageCount() {
        return Math.max(1, (published.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The address of another page of this listing. */
    public String pageLink(int page) {
        return "/hoi-dap?" + (chosenField() == null ? "" : "linh-vuc=" + chosenField().name() + "&") + "trang=" + page;
    }

    /** A day as Vietnamese documents write it: 05/09/2023. */
    public String day(LocalDate day) {
        return day == null ? "" : BusinessCalendar.dayLabel(day);
    }

    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public int getPageNumber() { return pageNumber; }
    public void setPageNumber(int pageNumber) { this.pageNumber = pageNumber; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.length() > 40 ? code.substring(0, 40) : code; }
    public Page<PublishedQuestion> getPublished() { return published; }
    public TrackedQuestion getTracked() { return tracked; }
    public boolean isSearched() { return code != null && !code.isBlank(); }
}
