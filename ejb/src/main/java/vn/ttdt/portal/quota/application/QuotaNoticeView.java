package vn.ttdt.portal.quota.application;

import java.io.Serializable;
import java.time.Instant;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.quota.domain.QuotaReminder;

/** A quota reminder as its recipient's in-app notice: the quarter, who lags, what is missing, the days left, the words. */
public record QuotaNoticeView(long id, String quarter, String lagging, String missing, int daysLeft, String text,
        Instant sentAt, boolean read) implements Serializable {

    static QuotaNoticeView of(QuotaReminder reminder) {
        return new QuotaNoticeView(reminder.getId(), QuarterTable.label(reminder.period()), reminder.getLaggingName(),
                QuotaReminderTexts.missing(reminder.missing()), reminder.getDaysLeft(), QuotaReminderTexts.notice(reminder),
                reminder.getSentAt(), reminder.getReadAt() != null);
    }
}
