package vn.ttdt.portal.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ttdt.portal.questions.domain.Asker;
import vn.ttdt.portal.questions.domain.SubmissionLimit;
import vn.ttdt.portal.shared.application.Settings;

/**
 * The flood limit of the question form, per network address and per e-mail address or phone number:
 * {@code -Dportal.questions.per-hour} (default 5) questions an hour.
 */
@ApplicationScoped
public class AskingLimits {

    private final SubmissionLimit limit = new SubmissionLimit(Settings.integer("portal.questions.per-hour", 5), Duration.ofHours(1));

    public synchronized boolean admit(String remoteAddress, Asker asker, Instant now) {
        List<String> keys = new ArrayList<>();
        keys.add("address:" + remoteAddress);
        if (asker.getEmail() != null) {
            keys.add("email:" + asker.getEmail().toLowerCase(Locale.ROOT));
        }
        if (asker.getPhone() != null) {
            keys.add("phone:" + asker.getPhone().replaceAll("[^0-9]", ""));
        }
        return limit.admit(keys, now);
    }
}
