package vn.ttdt.portal.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.ttdt.portal.shared.application.RequestOrigin;

/** Tells the services which network address the request came from, for the audit log. */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.remoteAddress(request.getRemoteAddr());
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
