package vn.ttdt.portal.content.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.WorkflowAction;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

/**
 * Publishes approved items whose scheduled time has come and withdraws those whose end has come,
 * every 15 seconds; each change is a revision by "system" naming the schedule.
 */
@Singleton
@PermitAll
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Inject
    private ContentItemRepository items;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void run() {
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
