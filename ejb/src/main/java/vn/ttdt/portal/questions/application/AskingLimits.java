package vn.ttdt.portal.questions.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ttdt.portal.questions.domain.Asker;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.domain.SubmissionLimit;
import vn.ttdt.portal.shared.domain.SubmissionWindows;

/**
 * The flood limit of the question form, per network address and per e-mail address or phone number:
 * {@code -Dportal.questions.per-hour} (default 5) questions an hour, counted across every node (in the database, each
 * admission in a short transaction of its own, committed before the question is stored).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AskingLimits {

    @Inject
    private SubmissionWindows windows;

    private SubmissionLimit limit;

    @PostConstruct
    void configure() {
        limit = new SubmissionLimit(Settings.integer("portal.questions.per-hour", 5), Duration.ofHours(1),
                windows.of("questions"));
    }

    public boolean admit(String remoteAddress, Asker asker, Instant now) {
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
