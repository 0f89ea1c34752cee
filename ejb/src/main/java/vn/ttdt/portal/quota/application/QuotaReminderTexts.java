package vn.ttdt.portal.quota.application;

import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.quota.domain.Missing;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.quota.domain.QuotaReminder;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** A quota reminder in Vietnamese words: what is missing ("3 tin, 1 bài"), the notice line, the mail's subject and body. */
final class QuotaReminderTexts {

    private QuotaReminderTexts() {
    }

    static String missing(Missing missing) {
        List<String> parts = new ArrayList<>();
        if (missing.news() > 0) {
            parts.add(DomainTexts.text("quota.missing.news", missing.news()));
        }
        if (missing.articles() > 0) {
            parts.add(DomainTexts.text("quota.missing.articles", missing.articles()));
        }
        if (missing.postedRequests() > 0) {
            parts.add(DomainTexts.text("quota.missing.posted", missing.postedRequests()));
        }
        return String.join(", ", parts);
    }

    static String notice(QuotaReminder reminder) {
        return DomainTexts.text("quota.reminder.notice", arguments(reminder));
    }

    static String subject(QuotaReminder reminder) {
        return DomainTexts.text("mail.quotaReminder.subject", arguments(reminder));
    }

    static String body(QuotaReminder reminder) {
        return DomainTexts.text("mail.quotaReminder.body", arguments(reminder));
    }

    /** {0} quarter (I/2023), {1} unit or group, {2} what is missing, {3} days left, {4} the quarter's last day, {5} recipient, {6} group. */
    private static Object[] arguments(QuotaReminder reminder) {
        return new Object[] {QuarterTable.label(reminder.period()), reminder.getLaggingName(), missing(reminder.missing()),
                Integer.toString(reminder.getDaysLeft()), BusinessCalendar.dayLabel(reminder.period().lastDay()),
                reminder.getRecipient().getFullName(), reminder.getGroup().getName()};
    }
}
