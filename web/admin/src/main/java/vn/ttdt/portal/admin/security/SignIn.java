package vn.ttdt.portal.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import vn.ttdt.portal.organisation.application.SignInDecision;
import vn.ttdt.portal.organisation.application.SignInService;

/**
 * Signs a person in against the Elytron "portal" domain, applying the account lock and the
 * per-address throttle first. Used by the sign-in form and by HTTP Basic on the API.
 */
@ApplicationScoped
public class SignIn {

    /** How an attempt ended; {@link #SIGNED_IN} is the only success. */
    public enum Outcome { SIGNED_IN, BAD_CREDENTIALS, ACCOUNT_LOCKED, ADDRESS_THROTTLED }

    @Inject
    private SignInService rules;

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
        rules.succeeded(normalisedLogin, address);
        return Outcome.SIGNED_IN;
    }

    public void signOut(HttpServletRequest request) throws ServletException {
        if (request.getUserPrincipal() != null) {
            rules.signedOut(request.getUserPrincipal().getName(), request.getRemoteAddr());
        }
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
