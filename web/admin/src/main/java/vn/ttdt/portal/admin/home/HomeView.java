package vn.ttdt.portal.admin.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.application.EditorialWaiting;
import vn.ttdt.portal.content.application.EditorialWorkload;
import vn.ttdt.portal.content.application.MonthlyPublications;
import vn.ttdt.portal.legaldocs.application.PostingWorkload;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.questions.application.QuestionWorkload;
import vn.ttdt.portal.royalty.application.PayrollWorkload;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.infrastructure.chart.SvgChart;

/**
 * The back-office home (Tổng quan): what waits for the signed-in person, each kind with its count and a link to the
 * screen where it is done — items to edit or approve, citizens' questions (the board's inbox, or those forwarded to
 * a unit reporter's unit with their deadlines), posting requests, payrolls to approve — and this month's publications
 * per category as a chart with the same figures in a table. The figures come from each context's workload service.
 */
@Named("home")
@RequestScoped
public class HomeView {

    private static final String CHART_ID = "publications-chart";

    @Inject
    private ExternalContext context;

    @Inject
    private EditorialWorkload editorial;

    @Inject
    private QuestionWorkload questions;

    @Inject
    private PostingWorkload postings;

    @Inject
    private PayrollWorkload payrolls;

    @Inject
    private Feedback feedback;

    private List<WorkTile> tiles;
    private MonthlyPublications publications;

    public List<WorkTile> getTiles() {
        if (tiles == null) {
            tiles = collect();
        }
        return tiles;
    }

    public MonthlyPublications getPublications() {
        if (publications == null) {
            publications = editorial.publishedThisMonth();
        }
        return publications;
    }

    public String getMonthLabel() {
        return BusinessCalendar.monthLabel(getPublications().month());
    }

    /** The publications chart as inline SVG (drawn on the server, escaped there); empty when nothing was published. */
    public String getChart() {
        MonthlyPublications month = getPublications();
        if (month.categories().isEmpty()) {
            return "";
        }
        long largest = month.categories().stream().mapToLong(MonthlyPublications.CategoryCount::count).max().orElse(0);
        List<SvgChart.Figure> bars = month.categories().stream()
                .map(c -> new SvgChart.Figure(c.category(), c.count(), Long.toString(c.count()), false)).toList();
        return SvgChart.bars(CHART_ID, getChartTitle(),
                text("home.chart.description", month.total(), month.categories().size()), bars, SvgChart.Axis.counting(largest));
    }

    public String getChartTitle() {
        MonthlyPublications month = getPublications();
        return month.unitOnly() && month.unitName() != null
                ? text("home.chart.titleUnit", getMonthLabel(), month.unitName())
                : text("home.chart.title", getMonthLabel());
    }

    private List<WorkTile> collect() {
        List<WorkTile> found = new ArrayList<>();
        boolean editor = in(Role.EDITOR);
        boolean approver = in(Role.APPROVER);
        boolean board = editor || approver;
        if (board || in(Role.CONTRIBUTOR) || in(Role.UNIT_REPORTER)) {
            EditorialWaiting items = editorial.waiting();
            found.add(WorkTile.of("items-mine", "home.work.itemsMine", items.mine(), "/content/inbox.xhtml"));
            if (board) {
                found.add(WorkTile.of("items-to-edit", "home.work.itemsToEdit", items.toEdit(), "/content/inbox.xhtml"));
            }
            if (approver) {
                found.add(WorkTile.of("items-to-approve", "home.work.itemsToApprove", items.toApprove(), "/content/inbox.xhtml"));
            }
        }
        if (board) {
            QuestionWorkload.BoardQuestions asked = questions.board();
            found.add(WorkTile.of("questions-to-forward", "home.work.questionsToForward", asked.toForward(), "/questions/inbox.xhtml"));
            if (approver) {
                found.add(WorkTile.of("answers-to-approve", "home.work.answersToApprove", asked.toApprove(), "/questions/inbox.xhtml"));
            }
            found.add(WorkTile.late("questions-overdue", "home.work.questionsOverdue", asked.overdue(), "/questions/overdue.xhtml"));
            found.add(WorkTile.of("posting-requests", "home.work.postingRequests", postings.openForBoard(), "/legaldocs/requests.xhtml"));
        }
        if (in(Role.UNIT_REPORTER)) {
            QuestionWorkload.UnitQuestions unit = questions.myUnit();
            String nearest = unit.nearestDeadline() == null ? null
                    : text("home.work.nearestDeadline", BusinessCalendar.dayLabel(unit.nearestDeadline()));
            found.add(new WorkTile("unit-questions", "home.work.unitQuestions", unit.toAnswer(), "/questions/mine.xhtml", nearest, false));
            found.add(WorkTile.late("unit-questions-overdue", "home.work.unitQuestionsOverdue", unit.overdue(), "/questions/mine.xhtml"));
            found.add(WorkTile.of("unit-posting-requests", "home.work.unitPostingRequests", postings.openOfMyUnit(), "/legaldocs/mine.xhtml"));
        }
        if (in(Role.FINANCE) || approver) {
            PayrollWorkload.PayrollsWaiting pay = payrolls.waiting();
            found.add(WorkTile.of("payrolls-to-approve", "home.work.payrollsToApprove", pay.toApprove(), "/royalty/payrolls.xhtml"));
            if (in(Role.FINANCE)) {
                found.add(WorkTile.of("payrolls-to-pay", "home.work.payrollsToPay", pay.toPay(), "/royalty/payrolls.xhtml"));
            }
        }
        return found;
    }

    private boolean in(Role role) {
        return context.isUserInRole(role.roleName());
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(feedback.ui(key), Locale.forLanguageTag("vi")).format(arguments);
    }
}
