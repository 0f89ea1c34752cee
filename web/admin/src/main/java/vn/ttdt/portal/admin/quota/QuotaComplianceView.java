package vn.ttdt.portal.admin.quota;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.batch.quota.QuotaComplianceJobs;
import vn.ttdt.portal.batch.quota.QuotaRunView;
import vn.ttdt.portal.quota.application.ComplianceRowView;
import vn.ttdt.portal.quota.application.QuotaResults;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.Quarter;

/** A quarter's quota compliance table with its traffic lights, the run of the job with its progress bar, and its history. */
@Named("quotaCompliance")
@ViewScoped
public class QuotaComplianceView implements Serializable {

    @Inject
    private QuotaComplianceJobs jobs;

    @Inject
    private QuotaResults results;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private int year;
    private int quarter;
    private boolean finalRun;
    private Long executionId;
    private QuotaRunView run;
    private List<ComplianceRowView> rows = List.of();
    private boolean locked;
    private List<QuotaRunView> history = List.of();

    @PostConstruct
    void init() {
        Quarter current = Quarter.of(clock.instant());
        year = current.year();
        quarter = current.number();
        refresh();
    }

    public void start() {
        executionId = feedback.attempt(() -> jobs.start(QuarterRange.of(period()), finalRun, null), "quotaCompliance.started");
        follow();
    }

    public void restart(long failedExecutionId) {
        executionId = feedback.attempt(() -> jobs.restart(failedExecutionId), "quotaCompliance.restarted");
        follow();
    }

    public void reopen() {
        feedback.attempt(() -> {
            results.reopen(period());
            return true;
        }, "quotaCompliance.reopened");
        refresh();
    }

    /** Polled while a run goes on: its progress, and the table and history once it ends. */
    public void follow() {
        if (executionId != null) {
            run = jobs.run(executionId);
            if (!isRunning()) {
                refresh();
            }
        }
    }

    /** The table of the quarter chosen. */
    public void refresh() {
        Quarter period = period();
        rows = results.rows(period);
        locked = results.isLocked(period);
        history = jobs.history(20);
    }

    public boolean isRunning() {
        return run != null && ("STARTING".equals(run.status()) || "STARTED".equals(run.status()));
    }

    private Quarter period() {
        return new Quarter(year, quarter);
    }

    /** "Quý II/2017". */
    public String getLabel() {
        return QuotaResults.quarterLabel(period());
    }

    public String getRunLabel() {
        return run == null ? null : runLabel(run);
    }

    /** "Quý II/2017", or for a run of several quarters "Quý I/2016 – Quý IV/2025". */
    public String runLabel(QuotaRunView of) {
        String first = quarterLabel(of.year(), of.quarter());
        return of.year() == of.toYear() && of.quarter() == of.toQuarter() ? first : first + " – " + quarterLabel(of.toYear(), of.toQuarter());
    }

    public String quarterLabel(int ofYear, int number) {
        return QuotaResults.quarterLabel(new Quarter(ofYear, number));
    }

    /** A job's exit status in words when it is a batch status (COMPLETED: "Hoàn thành"), else as the job set it. */
    public String exitStatusLabel(String exitStatus) {
        if (exitStatus == null) {
            return "";
        }
        String key = "jobStatus." + exitStatus;
        String label = DomainTexts.text(key);
        return label.equals(key) ? exitStatus : label;
    }

    public List<Integer> getYears() {
        return QuarterChoices.years(clock);
    }

    public long getMetCount() {
        return rows.stream().filter(ComplianceRowView::met).count();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getQuarter() { return quarter; }
    public void setQuarter(int quarter) { this.quarter = Math.max(1, Math.min(4, quarter)); }
    public boolean isFinalRun() { return finalRun; }
    public void setFinalRun(boolean finalRun) { this.finalRun = finalRun; }
    public QuotaRunView getRun() { return run; }
    public int getPercent() { return run == null ? 0 : run.percent(); }
    public List<ComplianceRowView> getRows() { return rows; }
    public boolean isLocked() { return locked; }
    public List<QuotaRunView> getHistory() { return history; }
}
