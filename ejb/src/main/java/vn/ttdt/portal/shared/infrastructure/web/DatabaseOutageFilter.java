package vn.ttdt.portal.shared.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.ttdt.portal.shared.application.DatabaseAvailability;
import vn.ttdt.portal.shared.application.DomainTexts;

/**
 * Answers 503 with {@code Retry-After} while the database cannot be reached, at once and without touching it: the
 * portal's static 503 page (the web module's {@code error-page} for 503), or a JSON error under {@code /api/}. A
 * request that fails because the database went away is answered the same way and marks it unreachable
 * ({@link DatabaseAvailability}). Static files and the error pages themselves always pass. Mapped in both web
 * modules after the public page cache, so cached pages keep being served.
 */
public class DatabaseOutageFilter extends HttpFilter {

    @Inject
    private DatabaseAvailability database;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStatic(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!database.reachable()) {
            refuse(path, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!database.failedOn(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.reset();
            refuse(path, response);
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/resources/") || path.startsWith("/error/") || path.startsWith("/jakarta.faces.resource/")
                || path.equals("/robots.txt") || path.equals("/favicon.ico");
    }

    private static void refuse(String path, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(DatabaseAvailability.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(json().getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** The body of a refused API call, as both APIs write their errors. */
    public static String json() {
        return "{\"status\":503,\"message\":\"" + DomainTexts.text("databaseUnavailable") + "\",\"errors\":[]}";
    }
}
