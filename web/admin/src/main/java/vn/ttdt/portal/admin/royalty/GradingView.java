package vn.ttdt.portal.admin.royalty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.batch.royalty.PayrollMonth;
import vn.ttdt.portal.royalty.application.GradeRequest;
import vn.ttdt.portal.royalty.application.GradingService;
import vn.ttdt.portal.royalty.domain.Adjustment;

/** The month's published works to grade, with bulk entry: type the coefficients, save them all at once. */
@Named("grading")
@ViewScoped
public class GradingView implements Serializable {

    @Inject
    private GradingService service;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private String month;
    private boolean ungradedOnly = true;
    private List<GradeEntry> entries = List.of();

    @PostConstruct
    void init() {
        month = MonthField.lastMonth(clock);
        load();
    }

    public void load() {
        List<GradeEntry> loaded = feedback.attempt(() -> service.works(PayrollMonth.parse(month), ungradedOnly).stream()
                .map(GradeEntry::new).toList(), null);
        entries = loaded == null ? List.of() : loaded;
    }

    public void saveAll() {
        if (entries.stream().anyMatch(GradeEntry::hasUnreadableShares)) {
            feedback.reject("royalty.shares.format");
            return;
        }
        Map<Long, GradeRequest> grades = new LinkedHashMap<>();
        entries.stream().filter(GradeEntry::isEntered).forEach(e -> grades.put(e.getRow().itemId(), e.request()));
        if (grades.isEmpty()) {
            feedback.reject("royalty.grading.nothingEntered");
            return;
        }
        if (feedback.attempt(() -> service.gradeAll(grades), "grading.saved") != null) {
            load();
        }
    }

    public Adjustment[] getAdjustments() {
        return Adjustment.values();
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = MonthField.orLastMonth(month, clock); }
    public boolean isUngradedOnly() { return ungradedOnly; }
    public void setUngradedOnly(boolean ungradedOnly) { this.ungradedOnly = ungradedOnly; }
    public List<GradeEntry> getEntries() { return entries; }
}
