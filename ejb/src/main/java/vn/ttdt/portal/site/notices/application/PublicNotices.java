package vn.ttdt.portal.site.notices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.content.application.PublishedSnapshots;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.domain.WorkingCalendar;
import vn.ttdt.portal.site.notices.domain.OutageNotice;
import vn.ttdt.portal.site.notices.domain.OutageNoticeRepository;

/** The planned outages whose banner citizens see now: from 7 working days before the start until the end. */
@ApplicationScoped
public class PublicNotices {

    @Inject
    private OutageNoticeRepository notices;

    @Inject
    private NoticeCalendar calendar;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Inject
    private PublishedSnapshots snapshots;

    public List<PublicNotice> showing() {
        return snapshots.of(new Shown(sites.forReading().getId()), () -> showingAt(clock.instant()));
    }

    private record Shown(long site) {
    }

    /** The notices shown at {@code now}, soonest first. */
    public List<PublicNotice> showingAt(Instant now) {
        List<OutageNotice> open = notices.notEnded(sites.forReading(), now);
        if (open.isEmpty()) {
            return List.of();
        }
        WorkingCalendar workingDays = calendar.around(open);
        return open.stream().filter(n -> n.showsAt(now, workingDays))
                .map(n -> new PublicNotice(n.getId(), n.getStartsAt(), n.getEndsAt(), n.getReason(), n.getReasonEn())).toList();
    }
}
