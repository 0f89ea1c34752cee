package vn.ttdt.portal.site.procedures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import vn.ttdt.portal.procedures.application.OneStopFigures;
import vn.ttdt.portal.procedures.application.OneStopStatistics;
import vn.ttdt.portal.procedures.application.ProcedureView;
import vn.ttdt.portal.procedures.application.PublicProcedures;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * The data of the procedure pages — the catalogue with its search and filters, a procedure, the one-stop statistics —
 * loaded by view actions, never in getters.
 */
@Named("procedurePages")
@RequestScoped
public class ProcedurePages {

    public static final int PAGE_SIZE = 20;
    static final int TREND_MONTHS = 12;

    @Inject
    private PublicProcedures procedures;

    @Inject
    private OneStopStatistics statistics;

    private String slug;
    private String query;
    private String field;
    private String level;
    private String body;
    private String period;
    private int pageNumber = 1;
    private Page<ProcedureView> results = new Page<>(List.of(), 0);
    private PublicProcedures.Choices choices;
    private ProcedureView procedure;
    private List<String> periods = List.of();
    private OneStopStatistics.Month month;
    private List<OneStopFigures> trend = List.of();

    public void loadCatalogue() {
        choices = procedures.choices();
        if (tooLong(query) || tooLong(field) || tooLong(level) || tooLong(body)) {
            return;
        }
        results = procedures.search(query, field, level, body,
                new PageRequest((Math.max(1, pageNumber) - 1) * PAGE_SIZE, PAGE_SIZE, null, true));
    }

    public void loadProcedure() throws IOException {
        procedure = procedures.byCode(slug).orElse(null);
        if (procedure == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Không tìm thấy");
            faces.responseComplete();
        }
    }

    public void loadOneStop() {
        periods = statistics.periods();
        if (period == null || !periods.contains(period)) {
            period = periods.isEmpty() ? null : periods.get(0);
        }
        if (period != null) {
            YearMonth shown = YearMonth.parse(period);
            month = statistics.month(shown);
            trend = statistics.trend(shown, TREND_MONTHS);
        }
    }

    public String getOnTimeByUnitChart() {
        return month == null ? "" : OneStopCharts.onTimeByUnit("chart-units", text("oneStop.chart.units.title", label(period)),
                text("oneStop.chart.units.desc", label(period)), month.units());
    }

    public String getTrendChart() {
        return trend.isEmpty() ? "" : OneStopCharts.onTimeTrend("chart-trend", text("oneStop.chart.trend.title"),
                text("oneStop.chart.trend.desc", label(trend.get(0).label()), label(period)), trend);
    }

    /** {@code 2023-03} as citizens write it: {@code 3/2023}. */
    public String label(String yearMonth) {
        return yearMonth == null ? "" : OneStopCharts.monthLabel(yearMonth);
    }

    /** The words for a way to submit ({@code IN_PERSON} …) or an online level ({@code FULL} …). */
    public String channel(String name) {
        return DomainTexts.text("procedure.channel." + name);
    }

    public String onlineLevel(String name) {
        return DomainTexts.text("procedure.online." + name);
    }

    /** A file's size in whole kilobytes, at least 1. */
    public long kilobytes(long bytes) {
        return Math.max(1, (bytes + 512) / 1024);
    }

    /** A value as it goes into a link's query. */
    public String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String percent(Double rate) {
        return rate == null ? "—" : OneStopCharts.percent(rate);
    }

    /** The catalogue's address with its words and filters, ending in ? or & for the page number. */
    public String getBase() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", query);
        add(parts, "linh-vuc", field);
        add(parts, "cap", level);
        add(parts, "co-quan", body);
        return "/thu-tuc-hanh-chinh?" + String.join("&", parts) + (parts.isEmpty() ? "" : "&");
    }

    public boolean isFiltered() {
        return !(blank(query) && blank(field) && blank(level) && blank(body));
    }

    public int getPageCount() {
        return (int) Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!blank(value)) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > 200;
    }

    private static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "txt");
        return DomainTexts.text(bundle, faces.getViewRoot().getLocale(), key, arguments);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public int getPageNumber() { return pageNumber; }
    public void setPageNumber(int pageNumber) { this.pageNumber = pageNumber; }
    public Page<ProcedureView> getResults() { return results; }
    public PublicProcedures.Choices getChoices() { return choices; }
    public ProcedureView getProcedure() { return procedure; }
    public List<String> getPeriods() { return periods; }
    public OneStopStatistics.Month getMonth() { return month; }
    public List<OneStopFigures> getTrend() { return trend; }
}
