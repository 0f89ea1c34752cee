package vn.ttdt.portal.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import vn.ttdt.portal.organisation.application.SignInDecision;
import vn.ttdt.portal.organisation.application.SignInService;

/**
 * Signs a person in against the Elytron "portal" domain, applying the account lock and the
 * per-address throttle first. Used by the sign-in form and by HTTP Basic on the API. The session
 * keeps the account's security stamp and the sign-in time, so that {@link #keepsSession} can end
 * it once the account changes or the session's lifetime has run out.
 */
@ApplicationScoped
public class SignIn {

    /** How an attempt ended; {@link #SIGNED_IN} is the only success. */
    public enum Outcome { SIGNED_IN, BAD_CREDENTIALS, ACCOUNT_LOCKED, ADDRESS_THROTTLED }

    private static final String STAMP = "portal.security-stamp";
    private static final String SIGNED_IN_AT = "portal.signed-in-at";

    @Inject
    private SignInService rules;

    @Inject
    private Clock clock;

    public Outcome attempt(HttpServletRequest request, String login, String password) {
        String address = request.getRemoteAddr();
        String normalisedLogin = login == null ? "" : login.strip().toLowerCase();
        if (normalisedLogin.isEmpty() || password == null || password.isEmpty()) {
            return Outcome.BAD_CREDENTIALS;
        }
        SignInDecision decision = rules.admit(normalisedLogin, address);
        if (decision == SignInDecision.ACCOUNT_LOCKED) {
            return Outcome.ACCOUNT_LOCKED;
        }
        if (decision == SignInDecision.ADDRESS_THROTTLED) {
            return Outcome.ADDRESS_THROTTLED;
        }
        try {
            request.login(normalisedLogin, password);
        } catch (ServletException wrongPasswordOrUnknown) {
            rules.failed(normalisedLogin, address);
            return Outcome.BAD_CREDENTIALS;
        }
        long stamp = rules.succeeded(normalisedLogin, address);
        HttpSession session = request.getSession(true);
        session.setAttribute(STAMP, stamp);
        session.setAttribute(SIGNED_IN_AT, clock.instant());
        return Outcome.SIGNED_IN;
    }

    /**
     * Whether the signed-in session of this request may go on; if not, it is ended (and audited).
     * A session without the marks of a sign-in through {@link #attempt} does not go on.
     */
    public boolean keepsSession(HttpServletRequest request) throws ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return true;
        }
        String login = request.getUserPrincipal().getName();
        if (session.getAttribute(STAMP) instanceof Long stamp && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && rules.keepsSession(login, stamp, signedInAt, request.getRemoteAddr())) {
            return true;
        }
        request.logout();
        session.invalidate();
        return false;
    }

    /**
     * After the signed-in person changed their own password: this session keeps the account's new stamp (the others,
     * still holding the old one, end) and gets a new session id.
     */
    public void keepAfterOwnChange(HttpServletRequest request, long newStamp) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(STAMP, newStamp);
            request.changeSessionId();
        }
    }

    public void signOut(HttpServletRequest request) throws ServletException {
        signOutCaller(request);
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * Signs out whoever is signed in on this request's session so that another person signs in within the same request
     * (a shared desk): the session is emptied instead of ended, and the sign-in that follows gives it a new id. A session
     * ended and another begun within one request leaves WildFly's distributable session manager a request it never
     * sees finish, and every undeployment and shutdown then waits a minute for it.
     */
    public void signOutBeforeAnotherSignIn(HttpServletRequest request) throws ServletException {
        signOutCaller(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            Collections.list(session.getAttributeNames()).forEach(session::removeAttribute);
        }
    }

    private void signOutCaller(HttpServletRequest request) throws ServletException {
        if (request.getUserPrincipal() != null) {
            rules.signedOut(request.getUserPrincipal().getName(), request.getRemoteAddr());
        }
        request.logout();
    }
}
