package vn.ttdt.portal.site.statistics.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.statistics.domain.CounterFigures;
import vn.ttdt.portal.site.statistics.domain.PageTitle;
import vn.ttdt.portal.site.statistics.domain.PageTitles;
import vn.ttdt.portal.site.statistics.domain.VisitBatch;
import vn.ttdt.portal.site.statistics.domain.VisitRepository;
import vn.ttdt.portal.site.statistics.domain.VisitedPage;

/**
 * Writes a node's batch of views in one transaction of its own: only the views of pages the site publishes count
 * (a beacon naming anything else is ignored here); and reads the footer's figures, "online" being the visitors seen in
 * the last {@code -Dportal.visits.online-minutes} (default 5).
 */
@Stateless
@PermitAll
public class VisitWriter {

    private static final Duration ONLINE = Duration.ofMinutes(Settings.integer("portal.visits.online-minutes", 5));

    @Inject
    private VisitRepository visits;

    @Inject
    private PageTitles titles;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(VisitBatch batch) {
        Map<VisitedPage, PageTitle> known = new HashMap<>();
        batch.pages().keySet().stream().map(VisitBatch.PageDay::page).distinct()
                .forEach(page -> titles.of(page).ifPresent(title -> known.put(page, title)));
        visits.add(sites.forReading(), batch, known);
    }

    public CounterFigures counter() {
        Instant now = clock.instant();
        return visits.counter(sites.forReading(), BusinessCalendar.dayOf(now), now.minus(ONLINE));
    }
}
