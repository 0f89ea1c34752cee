package vn.ttdt.portal.quota.domain;

import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface QuotaReminderRepository extends SiteOwnedRepository<QuotaReminder> {

    /** Whether {@code recipient} was reminded about the unit ({@code unitId} null: the group together) in the week of {@code weekOf}. */
    boolean sentInWeek(long groupId, Long unitId, Account recipient, LocalDate weekOf);

    QuotaReminder add(QuotaReminder reminder);

    /** The reminders {@code recipient} has not marked read, newest first. */
    List<QuotaReminder> unreadOf(Account recipient);
}
