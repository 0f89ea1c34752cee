package vn.ttdt.portal.quota.infrastructure.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.ttdt.portal.quota.application.ComplianceRowView;
import vn.ttdt.portal.quota.application.QuotaDashboard;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** The dashboard's table as both exports write it: the same columns, labels and cells in words. */
final class DashboardTable {

    static final List<String> COLUMNS = List.of("group", "unit", "status", "required", "achieved", "shortfall", "news",
            "articles", "posted");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessCalendar.ZONE);

    private DashboardTable() {
    }

    static String label(String key, Object... arguments) {
        return DomainTexts.text("quota.export." + key, arguments);
    }

    static String title(QuotaDashboard dashboard) {
        return label("title", dashboard.quarterLabel().toUpperCase(DomainTexts.VIETNAMESE));
    }

    /** "Kết quả chính thức (đã chốt), tính lúc 02/01/2027 05:00"; empty when the quarter was never computed. */
    static String computed(QuotaDashboard dashboard) {
        return dashboard.computedAt() == null ? "" : label("computed",
                label(dashboard.locked() ? "computed.final" : "computed.provisional"), MINUTE.format(dashboard.computedAt()));
    }

    static String summary(QuotaDashboard dashboard) {
        long met = dashboard.rows().stream().filter(row -> row.figures().met()).count();
        return label("summary", met, dashboard.rows().size());
    }

    static String unit(ComplianceRowView row) {
        return row.unit() == null ? label("wholeGroup") : row.unit();
    }

    static String light(QuotaDashboard.Row row) {
        return DomainTexts.text("quota.light." + row.light().name());
    }

    /** "3/2" as achieved/required of a measure the rule asks for; empty for one it does not. */
    static String measure(Integer required, int achieved) {
        return required == null ? "" : achieved + "/" + required;
    }

    static String posted(ComplianceRowView row) {
        return row.requiredPosted() == null ? "" : row.achievedPosted() + "/" + row.requestsReceived();
    }
}
