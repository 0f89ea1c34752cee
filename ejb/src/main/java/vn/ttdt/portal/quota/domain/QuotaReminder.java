package vn.ttdt.portal.quota.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * A reminder (nhắc chỉ tiêu) to one person that a unit, or a group meeting its quota together, lags behind its quarter's
 * quota: what is still missing and how many days are left, as mailed; the recipient's in-app notice until they mark it
 * read. At most one per recipient, unit (or group) and week.
 */
@Entity
@Table(name = "quota_reminder")
public class QuotaReminder extends SiteOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", updatable = false)
    private UnitGroup group;

    @ManyToOne
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account recipient;

    @Column(name = "week_of", updatable = false)
    private LocalDate weekOf;

    @Column(updatable = false)
    private int year;

    @Column(updatable = false)
    private int quarter;

    @Column(name = "lagging_name", updatable = false)
    private String laggingName;

    @Column(name = "missing_news", updatable = false)
    private int missingNews;

    @Column(name = "missing_articles", updatable = false)
    private int missingArticles;

    @Column(name = "missing_posted", updatable = false)
    private int missingPosted;

    @Column(name = "days_left", updatable = false)
    private int daysLeft;

    @Column(name = "sent_at", updatable = false)
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected QuotaReminder() {
    }

    /** A reminder about {@code unit} of {@code group}, or about the group together when {@code unit} is null. */
    public QuotaReminder(Site site, UnitGroup group, Unit unit, Account recipient, Quarter quarter, LocalDate today,
            Missing missing, Instant sentAt) {
        super(site);
        if (!group.belongsTo(site) || !recipient.belongsTo(site) || unit != null && !unit.belongsTo(site)) {
            throw new IllegalArgumentException("the group, unit and recipient must be the site's");
        }
        this.group = group;
        this.unit = unit;
        this.recipient = recipient;
        this.weekOf = ReminderCalendar.weekOf(today);
        this.year = quarter.year();
        this.quarter = quarter.number();
        this.laggingName = unit == null ? group.getName() : unit.getName();
        this.missingNews = missing.news();
        this.missingArticles = missing.articles();
        this.missingPosted = missing.postedRequests();
        this.daysLeft = ReminderCalendar.daysLeft(quarter, today);
        this.sentAt = sentAt;
    }

    /** Marks the notice read; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isFor(Account account) {
        return account != null && recipient.getId().equals(account.getId());
    }

    public Quarter period() {
        return new Quarter(year, quarter);
    }

    public Missing missing() {
        return new Missing(missingNews, missingArticles, missingPosted);
    }

    public UnitGroup getGroup() { return group; }
    public Unit getUnit() { return unit; }
    public Account getRecipient() { return recipient; }
    public LocalDate getWeekOf() { return weekOf; }
    public String getLaggingName() { return laggingName; }
    public int getDaysLeft() { return daysLeft; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReadAt() { return readAt; }
}
