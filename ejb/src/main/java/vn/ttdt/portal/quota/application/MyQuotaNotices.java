package vn.ttdt.portal.quota.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.quota.domain.QuotaReminder;
import vn.ttdt.portal.quota.domain.QuotaReminderRepository;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * The signed-in person's own quota reminders as in-app notices: the unread ones, one of them, marking one read. Another
 * person's notice answers like an unknown one.
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME,
        Role.QUOTA_SUPERVISOR_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
public class MyQuotaNotices {

    @Inject
    private QuotaReminderRepository reminders;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public List<QuotaNoticeView> unread() {
        return me().map(reminders::unreadOf).orElse(List.of()).stream().map(QuotaNoticeView::of).toList();
    }

    public QuotaNoticeView one(long id) {
        return QuotaNoticeView.of(mine(id));
    }

    public QuotaNoticeView markRead(long id) {
        QuotaReminder reminder = mine(id);
        reminder.markRead(clock.instant());
        return QuotaNoticeView.of(reminder);
    }

    private QuotaReminder mine(long id) {
        Optional<Account> me = me();
        return reminders.byId(sites.current(), id).filter(reminder -> me.map(reminder::isFor).orElse(false))
                .orElseThrow(() -> new NotFoundException("notice", id));
    }

    private Optional<Account> me() {
        return accounts.byLogin(caller.getCallerPrincipal().getName()).filter(account -> account.belongsTo(sites.current()));
    }
}
