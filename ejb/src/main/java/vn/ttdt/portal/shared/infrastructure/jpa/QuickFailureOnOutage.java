package vn.ttdt.portal.shared.infrastructure.jpa;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on a broken connection three times, the last two five seconds apart: with
 * the database down every such request waited ten seconds before it failed. The pool validates each connection it
 * hands out, so one immediate retry is all that can help; the request then fails at once and the portal answers 503.
 */
public class QuickFailureOnOutage implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
