package vn.ttdt.portal.admin.royalty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.batch.royalty.PayrollRunView;
import vn.ttdt.portal.batch.royalty.RoyaltyPayrollJobs;
import vn.ttdt.portal.royalty.application.PayrollService;
import vn.ttdt.portal.royalty.application.PayrollView;

/** The payrolls of every month, the run of a month's job with its progress bar, and the job's history. */
@Named("payrolls")
@ViewScoped
public class PayrollsView implements Serializable {

    @Inject
    private RoyaltyPayrollJobs jobs;

    @Inject
    private PayrollService payrollService;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private String month;
    private Long executionId;
    private PayrollRunView run;
    private List<PayrollView> all = List.of();
    private List<PayrollRunView> history = List.of();

    @PostConstruct
    void init() {
        month = MonthField.lastMonth(clock);
        refresh();
    }

    public void start() {
        executionId = feedback.attempt(() -> jobs.start(month, null), "payrolls.started");
        follow();
    }

    public void restart(long failedExecutionId) {
        executionId = feedback.attempt(() -> jobs.restart(failedExecutionId), "payrolls.restarted");
        follow();
    }

    /** Polled while a run goes on: its progress, and the lists once it ends. */
    public void follow() {
        if (executionId != null) {
            run = jobs.run(executionId);
            if (!isRunning()) {
                refresh();
            }
        }
    }

    public boolean isRunning() {
        return run != null && ("STARTING".equals(run.status()) || "STARTED".equals(run.status()));
    }

    private void refresh() {
        all = payrollService.all();
        history = jobs.history(20);
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = MonthField.orLastMonth(month, clock); }
    public PayrollRunView getRun() { return run; }
    public int getPercent() { return run == null ? 0 : run.percent(); }
    public List<PayrollView> getAll() { return all; }
    public List<PayrollRunView> getHistory() { return history; }
}
