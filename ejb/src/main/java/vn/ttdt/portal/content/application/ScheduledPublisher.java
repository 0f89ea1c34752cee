package vn.ttdt.portal.content.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.WorkflowAction;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.ScheduledRuns;
import vn.ttdt.portal.shared.application.Settings;

/**
 * Publishes approved items whose scheduled time has come and withdraws those whose end has come,
 * every {@code -Dportal.publishing.interval-seconds} (default 15), on one node of the site per interval
 * ({@link ScheduledRuns}); each change is a revision by "system" naming the schedule.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@PermitAll
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Inject
    private ContentItemRepository items;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

    private Duration interval;

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        interval = Duration.ofSeconds(Math.max(1, Settings.integer("portal.publishing.interval-seconds", 15)));
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    public void run() {
        if (!runs.take("scheduled-publishing", interval)) {
            return;
        }
        Instant now = clock.instant();
        for (ContentItem item : items.dueForPublishing(now)) {
            move(item, ItemState.PUBLISHED, WorkflowAction.PUBLISH, "scheduled publication", now);
        }
        for (ContentItem item : items.dueForWithdrawal(now)) {
            item.schedule(null, null, now);
            move(item, ItemState.UNPUBLISHED, WorkflowAction.UNPUBLISH, "scheduled withdrawal", now);
        }
    }

    private void move(ContentItem item, ItemState next, WorkflowAction action, String comment, Instant now) {
        item.moveTo(next, null, now);
        published.fire(new PublishedContentChanged("item " + item.getId()));
        items.revise(item, "system", action, comment, now);
        LOG.info(() -> "item " + item.getId() + " " + comment);
    }
}
