package vn.ttdt.portal.admin.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * One Content-Security-Policy per back-office page. The server sends a policy without inline scripts for
 * everything under /admin; a Faces page replaces it with PrimeFaces' policy, whose script-src allows the
 * page's own nonce (primefaces.CSP in web.xml). Two headers would both apply, and the server's would block
 * the nonce'd scripts.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class PageContentSecurityPolicy extends HttpFilter {

    static final String HEADER = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (HEADER.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
