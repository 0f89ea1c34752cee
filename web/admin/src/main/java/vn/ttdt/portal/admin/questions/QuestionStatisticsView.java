package vn.ttdt.portal.admin.questions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.questions.application.QuestionFiguresReport;
import vn.ttdt.portal.questions.application.QuestionReport;
import vn.ttdt.portal.questions.domain.QuestionTally;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * The questions' statistics for the board: a period (this year so far by default), the figures per unit and per field
 * with the total, a bar per unit of how its questions ended, and the spreadsheet of the same figures.
 */
@Named("questionStatistics")
@ViewScoped
public class QuestionStatisticsView implements Serializable {

    @Inject
    private QuestionReport report;

    @Inject
    private Feedback feedback;

    private LocalDate from;
    private LocalDate to;
    private QuestionFiguresReport figures;

    @PostConstruct
    void init() {
        to = BusinessCalendar.dayOf(java.time.Instant.now());
        from = to.withDayOfYear(1);
        show();
    }

    public void show() {
        LocalDate start = from;
        LocalDate end = to;
        QuestionFiguresReport shown = feedback.attempt(() -> report.of(start, end), null);
        if (shown != null) {
            figures = shown;
        }
    }

    /** One bar per unit, its parts in per cent of the largest unit's questions. */
    public List<ChartBar> getBars() {
        if (figures == null) {
            return List.of();
        }
        long largest = figures.byUnit().stream().mapToLong(QuestionTally::received).max().orElse(0);
        return figures.byUnit().stream().map(line -> ChartBar.of(line, largest)).toList();
    }

    public QuestionFiguresReport getFigures() { return figures; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
