package vn.ttdt.portal.site.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.ttdt.portal.shared.application.DailyKeysExpired;
import vn.ttdt.portal.site.statistics.domain.VisitRepository;

/**
 * Forgets who visited once their day is over (told by the hourly DailyKeysTimer): the visitor keys of earlier days
 * become their days' visitor counts and are deleted. Two nodes doing it at once wait for each other's locks (or one
 * is rolled back and tries again an hour later): no key is counted twice.
 */
@ApplicationScoped
public class VisitorKeysForgetting {

    @Inject
    private VisitRepository visits;

    void forget(@Observes DailyKeysExpired expired) {
        visits.countAndForgetVisitorsBefore(expired.firstKeptDay());
    }
}
