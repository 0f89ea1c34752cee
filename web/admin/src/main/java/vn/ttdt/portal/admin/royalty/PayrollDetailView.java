package vn.ttdt.portal.admin.royalty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.batch.royalty.PayrollMonth;
import vn.ttdt.portal.royalty.application.PayrollService;
import vn.ttdt.portal.royalty.application.PayrollView;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** One month's payroll: totals, warnings, payees with their lines; approve, mark paid, record contacts, export. */
@Named("payroll")
@ViewScoped
public class PayrollDetailView implements Serializable {

    @Inject
    private PayrollService service;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private String month;
    private PayrollView view;
    private LocalDate paidOn;
    private String contactPayee;
    private boolean contactReached;
    private String contactNote;

    /** Loads the month given in the address (f:viewAction). */
    public void load() {
        view = feedback.attempt(() -> service.get(PayrollMonth.parse(month)), null);
        if (paidOn == null) {
            paidOn = BusinessCalendar.dayOf(clock.instant());
        }
    }

    public void approve() {
        PayrollView approved = feedback.attempt(() -> service.approve(PayrollMonth.parse(month)), "payroll.approved");
        if (approved != null) {
            view = approved;
        }
    }

    public void markPaid() {
        PayrollView paid = feedback.attempt(() -> service.markPaid(PayrollMonth.parse(month), paidOn), "payroll.markedPaid");
        if (paid != null) {
            view = paid;
        }
    }

    public void prepareContact(String payeeKey) {
        contactPayee = payeeKey;
        contactReached = false;
        contactNote = null;
    }

    public void recordContact() {
        PayrollView updated = feedback.attempt(() -> service.recordContact(PayrollMonth.parse(month), contactPayee, contactReached,
                contactNote), "payroll.contactRecorded");
        if (updated != null) {
            view = updated;
        }
    }

    /** The warnings repeated in the approval confirmation, so nobody approves over a warning unseen. */
    public String getWarningText() {
        if (view == null || view.warnings().isEmpty()) {
            return "";
        }
        return feedback.ui("payroll.approveWarnings") + " " + String.join(" ", view.warnings());
    }

    /** The month as documents write it: 09/2023. */
    public String getMonthLabel() {
        try {
            return BusinessCalendar.monthLabel(PayrollMonth.parse(month));
        } catch (RuntimeException e) {
            return month;
        }
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public PayrollView getView() { return view; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public boolean isContactReached() { return contactReached; }
    public void setContactReached(boolean contactReached) { this.contactReached = contactReached; }
    public String getContactNote() { return contactNote; }
    public void setContactNote(String contactNote) { this.contactNote = contactNote; }
}
