package vn.ttdt.portal.site.notices.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.StaleDataException;
import java.time.Clock;
import vn.ttdt.portal.site.notices.domain.OutageNotice;
import vn.ttdt.portal.site.notices.domain.OutageNoticeRepository;

/**
 * The IT administrator schedules, changes and cancels planned outages. Every change is audited and refreshes the
 * public pages at once (the banner may appear, move or go); {@link NoticeBannerTimer} refreshes them when a banner's
 * window opens or its outage ends.
 */
@Stateless
@RolesAllowed(Role.IT_ADMIN_NAME)
public class OutageNotices {

    private static final int LISTED = 100;

    @Inject
    private OutageNoticeRepository notices;

    @Inject
    private NoticeCalendar calendar;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    /** The latest notices, latest start first. */
    public List<OutageNoticeView> latest() {
        List<OutageNotice> found = notices.latest(sites.current(), LISTED);
        var workingDays = calendar.around(found);
        return found.stream().map(n -> calendar.view(n, workingDays)).toList();
    }

    /** Schedules ({@code id} null) or changes a planned outage. */
    public OutageNoticeView save(Long id, @NotNull @Valid OutageNoticeDraft draft) {
        Site site = sites.current();
        OutageNotice notice;
        if (id == null) {
            notice = new OutageNotice(site, login(), clock.instant());
        } else {
            notice = find(site, id);
            StaleDataException.check("outage-notice", id, draft.version(), notice.getVersion());
        }
        notice.plan(draft.startsAt(), draft.endsAt(), draft.reason(), draft.reasonEn());
        if (id == null) {
            notices.add(notice);
        }
        changed(notice, id == null ? AuditAction.OUTAGE_NOTICE_SCHEDULED : AuditAction.OUTAGE_NOTICE_CHANGED);
        return calendar.view(notice, calendar.around(List.of(notice)));
    }

    public OutageNoticeView cancel(long id) {
        OutageNotice notice = find(sites.current(), id);
        notice.cancel();
        changed(notice, AuditAction.OUTAGE_NOTICE_CANCELLED);
        return calendar.view(notice, calendar.around(List.of(notice)));
    }

    private OutageNotice find(Site site, long id) {
        return notices.byId(site, id).orElseThrow(() -> new NotFoundException("outage-notice", id));
    }

    private void changed(OutageNotice notice, AuditAction action) {
        audit.record(login(), action, "outage-notice", notice.getId(), BusinessCalendar.dayLabel(BusinessCalendar.dayOf(notice.getStartsAt()))
                + " → " + BusinessCalendar.dayLabel(BusinessCalendar.dayOf(notice.getEndsAt())) + ": " + notice.getReason(),
                origin.remoteAddress());
        published.fire(new PublishedContentChanged("outage notice " + notice.getId()));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
