package vn.ttdt.portal.site.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.questions.domain.SubmissionLimit;
import vn.ttdt.portal.shared.application.Settings;

/** The flood limit of ratings per visitor (by its salted key): {@code -Dportal.ratings.per-hour} (default 30) an hour. */
@ApplicationScoped
public class RatingLimits {

    private final SubmissionLimit limit = new SubmissionLimit(Settings.integer("portal.ratings.per-hour", 30), Duration.ofHours(1));

    public synchronized boolean admit(String visitorKey, Instant now) {
        return limit.admit(List.of(visitorKey), now);
    }
}
