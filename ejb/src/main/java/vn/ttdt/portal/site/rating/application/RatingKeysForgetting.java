package vn.ttdt.portal.site.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.ttdt.portal.shared.application.DailyKeysExpired;
import vn.ttdt.portal.site.rating.domain.RatingRepository;

/** Forgets who voted once their day is over: clears the voter keys of earlier days (told by the hourly DailyKeysTimer). */
@ApplicationScoped
public class RatingKeysForgetting {

    @Inject
    private RatingRepository ratings;

    void forget(@Observes DailyKeysExpired expired) {
        ratings.forgetBefore(expired.firstKeptDay());
    }
}
