package vn.ttdt.portal.site.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.domain.LocalSubmissionTimes;
import vn.ttdt.portal.shared.domain.SubmissionLimit;

/**
 * The views one visitor (by its daily key) may count: {@code -Dportal.visits.per-minute} (default 20) a minute, on each
 * node. A person reads fewer pages than that; a program walking through the site that runs the pages' script does not.
 * Kept in this node's memory on purpose: it is asked on every counted page view, whose writes are batched; behind a
 * balancer such a program counts at most this many on each node.
 */
@ApplicationScoped
public class VisitLimits {

    private final SubmissionLimit limit = new SubmissionLimit(Settings.integer("portal.visits.per-minute", 20), Duration.ofMinutes(1),
            new LocalSubmissionTimes());

    public synchronized boolean admit(String visitorKey, Instant now) {
        return limit.admit(List.of(visitorKey), now);
    }
}
