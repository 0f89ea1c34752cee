package vn.ttdt.portal.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.ttdt.portal.shared.domain.HtmlEscape;

/**
 * Ends a signed-in session whose account was deactivated, locked, given other roles or a new
 * password since, or whose absolute lifetime has run out: pages go to the sign-in page with a
 * message (also from a Faces partial request), the API answers 401.
 */
@WebFilter(urlPatterns = "/*")
public class SessionCheckFilter extends HttpFilter {

    @Inject
    private SignIn signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (signIn.keepsSession(request)) {
            chain.doFilter(request, response);
            return;
        }
        String signInPage = request.getContextPath() + "/login.xhtml?error=ended";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write("{\"status\":401,\"message\":\"session ended\",\"errors\":[]}"
                    .getBytes(StandardCharsets.UTF_8));
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + HtmlEscape.text(signInPage) + "\"/></partial-response>").getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(signInPage);
        }
    }
}
