package vn.ttdt.portal.site.rating;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import vn.ttdt.portal.site.rating.application.RatingDesk;
import vn.ttdt.portal.site.rating.application.RatingReceipt;
import vn.ttdt.portal.site.rating.application.RatingRequest;

/**
 * {@code POST /danh-gia}: the rating form of a public page without scripts. The vote is taken (or not) and the browser
 * goes back to the rated page at the fragment that explains the outcome ({@code #danh-gia-da-ghi-nhan} …), which the
 * page's static markup shows by {@code :target}: the cached page stays the same for everyone. The address to go back to
 * is the rated page's own, never one the form names. An unknown page is 404.
 */
@WebServlet(urlPatterns = "/danh-gia")
public class RatingServlet extends HttpServlet {

    static final int LONGEST_FIELD = 2000;

    /**
     * A parameter that makes each way back a new address: Chromium does not apply {@code :target} when a form brings the
     * browser back to the address it is on with only another fragment. The page does not declare it, so the page cache
     * serves the same page and the page never sees it.
     */
    static final String RETURN_MARK = "danh-gia";

    private final AtomicLong returns = new AtomicLong(System.currentTimeMillis());

    @Inject
    private RatingDesk desk;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        RatingRequest vote = new RatingRequest(field(request, "loai"), field(request, "ma"), field(request, "diem"),
                field(request, "y-kien"));
        Optional<RatingReceipt> receipt = desk.rate(vote, request.getRemoteAddr(), request.getHeader("User-Agent"));
        response.setHeader("Cache-Control", "no-store");
        if (receipt.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", receipt.get().path() + "?" + RETURN_MARK + "=" + Long.toString(returns.incrementAndGet(), 36)
                + "#" + receipt.get().outcome().fragment());
    }

    static String field(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.length() <= LONGEST_FIELD ? value : value.substring(0, LONGEST_FIELD);
    }
}
