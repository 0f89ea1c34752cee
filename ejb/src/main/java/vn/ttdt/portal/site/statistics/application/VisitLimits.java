package vn.ttdt.portal.site.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.questions.domain.SubmissionLimit;
import vn.ttdt.portal.shared.application.Settings;

/**
 * The views one visitor (by its daily key) may count: {@code -Dportal.visits.per-minute} (default 20) a minute, on each
 * node. A person reads fewer pages than that; a program walking through the site that runs the pages' script does not.
 */
@ApplicationScoped
public class VisitLimits {

    private final SubmissionLimit limit = new SubmissionLimit(Settings.integer("portal.visits.per-minute", 20), Duration.ofMinutes(1));

    public synchronized boolean admit(String visitorKey, Instant now) {
        return limit.admit(List.of(visitorKey), now);
    }
}
