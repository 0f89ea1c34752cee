package vn.ttdt.portal.quota.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.organisation.domain.UnitResponsibles;
import vn.ttdt.portal.quota.domain.ComplianceTables;
import vn.ttdt.portal.quota.domain.ComplianceTables.StoredRow;
import vn.ttdt.portal.quota.domain.Missing;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.quota.domain.QuotaReminder;
import vn.ttdt.portal.quota.domain.QuotaReminderRepository;
import vn.ttdt.portal.quota.domain.ReminderCalendar;
import vn.ttdt.portal.shared.domain.MailLayout;
import vn.ttdt.portal.shared.domain.Mailer;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * Reminds the units lagging behind their quota after a provisional run of the current quarter in its last month: for
 * each row of the quarter's table that is not met, the reporters of its unit (of every active unit of a group that
 * meets its quota together) and the group's supervisors that day get an in-app notice and, when they have an address,
 * a mail naming what is missing and the days left; at most once a week per person and unit, across runs. Each row
 * reminded is audited by "system". Called by the quota job only.
 */
@Stateless
@PermitAll
public class QuotaReminders {

    @Inject
    private ComplianceTables tables;

    @Inject
    private UnitGroupRepository groups;

    @Inject
    private UnitRepository units;

    @Inject
    private UnitResponsibles responsibles;

    @Inject
    private QuotaReminderRepository reminders;

    @Inject
    private Mailer mail;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Sends the reminders a run of {@code quarter} owes on {@code today}; how many people were reminded. */
    public int remind(Quarter quarter, LocalDate today) {
        if (!ReminderCalendar.remindsOn(quarter, today)) {
            return 0;
        }
        Site site = sites.current();
        int reminded = 0;
        for (StoredRow row : tables.of(site.getId(), quarter).map(table -> tables.rows(table.id())).orElse(List.of())) {
            Missing missing = Missing.of(row);
            if (!row.met() && !missing.nothing()) {
                reminded += remind(site, row, missing, quarter, today);
            }
        }
        return reminded;
    }

    private int remind(Site site, StoredRow row, Missing missing, Quarter quarter, LocalDate today) {
        UnitGroup group = groups.byId(site, row.groupId()).orElseThrow();
        Unit unit = row.unitId() == null ? null : units.byId(site, row.unitId()).orElseThrow();
        List<Unit> lagging = unit != null ? List.of(unit)
                : units.active(site).stream().filter(u -> u.getGroup().getId().equals(group.getId())).toList();
        Instant now = clock.instant();
        List<String> reached = new ArrayList<>();
        for (Account person : responsibles.of(group, lagging, today)) {
            if (!reminders.sentInWeek(group.getId(), row.unitId(), person, ReminderCalendar.weekOf(today))) {
                QuotaReminder reminder = reminders.add(new QuotaReminder(site, group, unit, person, quarter, today, missing, now));
                if (person.getEmail() != null) {
                    String subject = QuotaReminderTexts.subject(reminder);
                    String body = QuotaReminderTexts.body(reminder);
                    mail.send(person.getEmail(), subject, body, MailLayout.html(subject, body));
                }
                reached.add(person.getLogin());
            }
        }
        if (!reached.isEmpty()) {
            audit.record("system", AuditAction.QUOTA_REMINDED, row.unitId() == null ? "unit-group" : "unit",
                    row.unitId() == null ? row.groupId() : row.unitId(), QuarterTable.label(quarter) + ": "
                            + QuotaReminderTexts.missing(missing) + " → " + String.join(", ", reached), null);
        }
        return reached.size();
    }
}
