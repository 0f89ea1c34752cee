package vn.ttdt.portal.site.notices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/**
 * A planned outage of the portal the IT administrator announces (start, end, reason, and the reason in English if
 * they give one). Citizens see it as a banner
 * from {@value #WORKING_DAYS_AHEAD} working days before the day it starts until it ends, unless it was cancelled.
 */
@Entity
@Table(name = "outage_notice")
public class OutageNotice extends SiteOwned {

    public static final int WORKING_DAYS_AHEAD = 7;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String reason;

    @Column(name = "reason_en")
    private String reasonEn;

    private boolean cancelled;

    @Column(name = "scheduled_by", updatable = false)
    private String scheduledBy;

    @Column(name = "scheduled_at", updatable = false)
    private Instant scheduledAt;

    @Version
    private int version;

    protected OutageNotice() {
    }

    public OutageNotice(Site site, String scheduledBy, Instant scheduledAt) {
        super(site);
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
    }

    /** Plans the outage; the English reason, for the English pages, may be left out. */
    public void plan(Instant startsAt, Instant endsAt, String reason, String reasonEn) {
        if (!endsAt.isAfter(startsAt)) {
            throw new BusinessRuleException("outageNotice.endBeforeStart", "outage ends " + endsAt + " before it starts " + startsAt);
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason.strip();
        this.reasonEn = reasonEn == null || reasonEn.isBlank() ? null : reasonEn.strip();
    }

    public void cancel() {
        cancelled = true;
    }

    /** Whether the banner shows at {@code now}: not cancelled, not ended, and on or after its first day. */
    public boolean showsAt(Instant now, WorkingCalendar calendar) {
        return !cancelled && now.isBefore(endsAt)
                && !BusinessCalendar.dayOf(now).isBefore(NoticeWindow.firstDay(BusinessCalendar.dayOf(startsAt), calendar));
    }

    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getReason() { return reason; }
    public String getReasonEn() { return reasonEn; }
    public boolean isCancelled() { return cancelled; }
    public String getScheduledBy() { return scheduledBy; }
    public Instant getScheduledAt() { return scheduledAt; }
    public int getVersion() { return version; }
}
