package vn.ttdt.portal.site.notices.domain;

import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface OutageNoticeRepository extends SiteOwnedRepository<OutageNotice> {

    OutageNotice add(OutageNotice notice);

    /** Notices not cancelled that end after {@code now}, soonest first. */
    List<OutageNotice> notEnded(Site site, Instant now);

    /** Every notice of the site, latest start first, at most {@code limit}. */
    List<OutageNotice> latest(Site site, int limit);
}
