package vn.ttdt.portal.site.notices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.CalendarDays;
import vn.ttdt.portal.shared.domain.WorkingCalendar;
import vn.ttdt.portal.site.notices.domain.NoticeWindow;
import vn.ttdt.portal.site.notices.domain.OutageNotice;

/** The working calendar (the questions' deadlines' one) around the start days of some outages. */
@ApplicationScoped
public class NoticeCalendar {

    /** Far enough back for {@value OutageNotice#WORKING_DAYS_AHEAD} working days even across Tết. */
    private static final int DAYS_BACK = 60;

    @Inject
    private CalendarDays calendarDays;

    WorkingCalendar around(Collection<OutageNotice> notices) {
        LocalDate first = notices.stream().map(n -> BusinessCalendar.dayOf(n.getStartsAt())).min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        LocalDate last = notices.stream().map(n -> BusinessCalendar.dayOf(n.getStartsAt())).max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        return new WorkingCalendar(calendarDays.between(first.minusDays(DAYS_BACK), last));
    }

    OutageNoticeView view(OutageNotice notice, WorkingCalendar calendar) {
        return new OutageNoticeView(notice.getId(), notice.getStartsAt(), notice.getEndsAt(), notice.getReason(), notice.getReasonEn(),
                notice.isCancelled(), NoticeWindow.firstDay(BusinessCalendar.dayOf(notice.getStartsAt()), calendar),
                notice.getScheduledBy(), notice.getVersion());
    }
}
