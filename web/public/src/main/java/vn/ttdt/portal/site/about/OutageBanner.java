package vn.ttdt.portal.site.about;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.notices.application.PublicNotice;
import vn.ttdt.portal.site.notices.application.PublicNotices;

/**
 * The planned-outage banner above every public page. It is part of the cached page: the notices' timer refreshes the
 * cache when a banner's window opens or an outage ends, so a cached page never shows a stale banner for long.
 */
@Named
@RequestScoped
public class OutageBanner {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(BusinessCalendar.ZONE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("HH:mm, d MMMM yyyy", Locale.ENGLISH)
            .withZone(BusinessCalendar.ZONE);

    @Inject
    private PublicNotices notices;

    private List<PublicNotice> shown;

    public List<PublicNotice> getNotices() {
        if (shown == null) {
            shown = notices.showing();
        }
        return shown;
    }

    public String vietnamese(Instant instant) {
        return VIETNAMESE.format(instant);
    }

    public String english(Instant instant) {
        return ENGLISH.format(instant);
    }
}
