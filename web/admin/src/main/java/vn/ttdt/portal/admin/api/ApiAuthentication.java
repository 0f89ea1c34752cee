package vn.ttdt.portal.admin.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.ttdt.portal.admin.security.SignIn;

/**
 * Authenticates every API call: a back-office session is enough; otherwise HTTP Basic
 * credentials are checked through the same sign-in rules as the form (lock, throttle, audit).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    /** Set on requests signed in by Basic credentials; {@link BasicSessionCleanup} ends their session. */
    static final String BASIC_SIGN_IN = "portal.basic-sign-in";

    private static final String CHALLENGE = "Basic realm=\"portal\", charset=\"UTF-8\"";

    @Context
    private HttpServletRequest request;

    @Inject
    private SignIn signIn;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getUserPrincipal() != null) {
            return;
        }
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            context.abortWith(unauthorized("authentication required"));
            return;
        }
        String[] credentials = decode(header.substring(6).strip());
        if (credentials == null) {
            context.abortWith(unauthorized("malformed Basic credentials"));
            return;
        }
        SignIn.Outcome outcome = signIn.attempt(request, credentials[0], credentials[1]);
        if (outcome == SignIn.Outcome.SIGNED_IN) {
            context.setProperty(BASIC_SIGN_IN, Boolean.TRUE);
        } else {
            context.abortWith(unauthorized(switch (outcome) {
                case ACCOUNT_LOCKED -> "account temporarily locked";
                case ADDRESS_THROTTLED -> "too many failed sign-ins from this address";
                default -> "wrong user name or password";
            }));
        }
    }

    private static String[] decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response unauthorized(String message) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(401, message))
                .build();
    }
}
