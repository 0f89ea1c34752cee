package vn.ttdt.portal.site.advertising;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.ttdt.portal.site.advertising.application.PublicPlacements;

/**
 * {@code /qc/{id}}: counts a click on banner {@code id} and leads the visitor on to the banner's address, without a
 * cookie. Only a known banner of this site leads anywhere, to the address the board saved (http or https only), so the
 * portal cannot be used to send people to an address of someone else's choosing; anything else is 404.
 */
@WebServlet(urlPatterns = "/qc/*")
public class ClickServlet extends HttpServlet {

    private static final int LONGEST_ID = 18;

    @Inject
    private PublicPlacements placements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<String> target = isId(path) ? placements.click(Long.parseLong(path)) : Optional.empty();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", target.get());
    }

    private static boolean isId(String text) {
        return !text.isEmpty() && text.length() <= LONGEST_ID && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
