package vn.ttdt.portal.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.Settings;

/**
 * The site this deployment serves ({@code -Dportal.site.code}, default "default").
 * <p>
 * Readers share a copy read at most {@code -Dportal.site.refresh-seconds} (default 60) ago: the public
 * pages ask for the site several times per request and never query it, and a site renamed in the
 * database shows within that time, without a redeploy. A refresh that finds what the portal shows
 * about the site changed fires {@link PublishedContentChanged}, so cached public pages are filled again.
 */
@ApplicationScoped
public class SiteDirectory {

    public static final String DEFAULT_CODE = "default";

    private SiteRepository sites;
    private Clock clock;
    private Consumer<PublishedContentChanged> changed;
    private Duration keptFor;

    private volatile Reading reading;

    /** The shared copy, what it shows and when it was read. */
    private record Reading(Site site, SiteInfo info, Instant readAt) {
    }

    protected SiteDirectory() {
    }

    @Inject
    SiteDirectory(SiteRepository sites, Clock clock, Event<PublishedContentChanged> changed) {
        this(sites, clock, changed::fire, Duration.ofSeconds(Settings.integer("portal.site.refresh-seconds", 60)));
    }

    SiteDirectory(SiteRepository sites, Clock clock, Consumer<PublishedContentChanged> changed, Duration keptFor) {
        this.sites = sites;
        this.clock = clock;
        this.changed = changed;
        this.keptFor = keptFor;
    }

    /**
     * The current site for queries and reading only (not managed, possibly {@code refresh-seconds} old).
     * Writers take {@link #current()}.
     */
    public Site forReading() {
        return fresh().site();
    }

    /** The current site as the caller's transaction reads it now. */
    public Site current() {
        String code = Settings.text("portal.site.code", DEFAULT_CODE);
        return sites.byCode(code).orElseThrow(() -> new IllegalStateException(
                "No site with code '" + code + "': load the demo data (-Dportal.demo-data=true) or bootstrap the site"));
    }

    public SiteInfo info() {
        return fresh().info();
    }

    /** Reads the site again when the shared copy is stale, even if no reader asks (pages served from a cache do not). */
    public void refreshIfRead() {
        if (reading != null) {
            fresh();
        }
    }

    private Reading fresh() {
        Instant now = clock.instant();
        Reading last = reading;
        return isFresh(last, now) ? last : reread(now);
    }

    private synchronized Reading reread(Instant now) {
        Reading last = reading;
        if (isFresh(last, now)) {
            return last;
        }
        Site site = current();
        Reading next = new Reading(site, SiteInfo.of(site), now);
        reading = next;
        if (last != null && !last.info().equals(next.info())) {
            changed.accept(new PublishedContentChanged("site " + site.getCode() + " details"));
        }
        return next;
    }

    private boolean isFresh(Reading last, Instant now) {
        return last != null && now.isBefore(last.readAt().plus(keptFor));
    }
}
