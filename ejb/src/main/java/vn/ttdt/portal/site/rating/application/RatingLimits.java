package vn.ttdt.portal.site.rating.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.domain.SubmissionLimit;
import vn.ttdt.portal.shared.domain.SubmissionWindows;

/**
 * The flood limit of ratings per visitor (by its salted key): {@code -Dportal.ratings.per-hour} (default 30) an hour,
 * counted across every node (in the database, each admission in a short transaction of its own).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RatingLimits {

    @Inject
    private SubmissionWindows windows;

    private SubmissionLimit limit;

    @PostConstruct
    void configure() {
        limit = new SubmissionLimit(Settings.integer("portal.ratings.per-hour", 30), Duration.ofHours(1),
                windows.of("ratings"));
    }

    public boolean admit(String visitorKey, Instant now) {
        return limit.admit(List.of(visitorKey), now);
    }
}
