package vn.ttdt.portal.admin.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A script calling with HTTP Basic signs in on every call; the session the container opened for
 * that call is ended with the response, so scripts leave no sessions behind.
 */
@Provider
public class BasicSessionCleanup implements ContainerResponseFilter {

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        if (!Boolean.TRUE.equals(requestContext.getProperty(ApiAuthentication.BASIC_SIGN_IN))) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
