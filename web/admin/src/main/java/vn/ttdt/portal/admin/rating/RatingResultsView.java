package vn.ttdt.portal.admin.rating;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.rating.application.RatingComment;
import vn.ttdt.portal.site.rating.application.RatingResults;
import vn.ttdt.portal.site.rating.domain.CategoryResult;
import vn.ttdt.portal.site.rating.domain.PageResult;

/** The satisfaction ratings between two days (the last 30 by default): per page, per category, and one page's comments. */
@Named("ratingResults")
@ViewScoped
public class RatingResultsView implements Serializable {

    static final int DEFAULT_DAYS = 30;

    @Inject
    private RatingResults results;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private List<PageResult> pages = List.of();
    private List<CategoryResult> categories = List.of();
    private PageResult chosen;
    private List<RatingComment> comments = List.of();

    @PostConstruct
    void init() {
        to = BusinessCalendar.dayOf(clock.instant());
        from = to.minusDays(DEFAULT_DAYS - 1L);
        show();
    }

    public void show() {
        LocalDate first = from;
        LocalDate last = to;
        List<PageResult> byPage = feedback.attempt(() -> results.byPage(first, last), null);
        List<CategoryResult> byCategory = feedback.attempt(() -> results.byCategory(first, last), null);
        pages = byPage == null ? List.of() : byPage;
        categories = byCategory == null ? List.of() : byCategory;
        chosen = null;
        comments = List.of();
    }

    public void choose(PageResult page) {
        chosen = page;
        LocalDate first = from;
        LocalDate last = to;
        List<RatingComment> found = feedback.attempt(() -> results.comments(page.kind(), page.ref(), first, last), null);
        comments = found == null ? List.of() : found;
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<PageResult> getPages() { return pages; }
    public List<CategoryResult> getCategories() { return categories; }
    public PageResult getChosen() { return chosen; }
    public List<RatingComment> getComments() { return comments; }
}
